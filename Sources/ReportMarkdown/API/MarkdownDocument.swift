/// The HTML for a Markdown text and what a page needs to know about it.
public struct MarkdownDocument: Sendable, Equatable {
    /// The rendered HTML fragment.
    public let html: String
    /// The document's headings, in order, with the ids given to them.
    public let headings: [Heading]
}

extension MarkdownDocument {
    /// A heading and the anchor id written on it.
    public struct Heading: Sendable, Equatable {
        /// 1 for `#`, 2 for `##` ...
        public let level: Int
        /// The heading's plain text.
        public let text: String
        /// The `id` attribute written on the heading element.
        public let id: String

        /// Creates a heading.
        public init(level: Int, text: String, id: String) {
            self.level = level
            self.text = text
            self.id = id
        }
    }
}
