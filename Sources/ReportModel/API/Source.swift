/// Where figures come from: an article, a filing, a report.
public struct Source: Sendable, Hashable, Identifiable {
    /// `[a-z0-9-]+`, unique.
    public let id: String
    /// The title as published.
    public let title: String
    /// The outlet or organisation.
    public let publisher: String
    /// The author, when known.
    public let author: String?
    /// Publication date; nil when unknown.
    public let date: PartialDate?
    /// Where to read it; nil when unknown.
    public let url: String?
    /// BCP 47 language tag of the text.
    public let language: String
    /// The archived text, relative to Data/.
    public let archive: String?
    /// A caveat about the source.
    public let note: String?
    /// Where the source is written.
    public let location: SourceLocation
}
