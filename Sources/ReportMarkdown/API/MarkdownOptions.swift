/// What a conversion allows beyond CommonMark's core.
///
/// GitHub's extensions (tables, strikethrough, autolinks, task lists, the tag filter and
/// footnotes) are always on; these options change the rest.
public struct MarkdownOptions: OptionSet, Sendable, Hashable {
    public let rawValue: Int

    /// Creates options from their raw bits.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Keep raw HTML in the source. Off by default: raw HTML is replaced by a comment.
    public static let unsafeHTML = MarkdownOptions(rawValue: 1 << 0)
    /// Typographic quotes and dashes.
    public static let smartPunctuation = MarkdownOptions(rawValue: 1 << 1)

    /// The options a briefing gets unless it opts in to more.
    public static let `default`: MarkdownOptions = [.smartPunctuation]
}
