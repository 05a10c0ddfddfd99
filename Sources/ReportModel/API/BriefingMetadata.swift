import Yams

/// A briefing's front matter: what the index and feeds show about it.
public struct BriefingMetadata: Sendable, Hashable {
    /// The headline.
    public let title: String
    /// The date the briefing is current as of.
    public let date: PartialDate
    /// One or two sentences for the index.
    public let summary: String
    /// Topics, for grouping.
    public let tags: [String]
    /// Whether raw HTML in the briefing is kept (off unless the briefing opts in).
    public let rawHTML: Bool
    /// Order on the index: lower first, then by title.
    public let order: Int

    /// Parses front matter YAML that starts on `line` of `file`.
    /// - Throws: `DiagnosticError` with every problem, located in `file`.
    public static func parse(_ yaml: String, file: String, line: Int) throws -> BriefingMetadata {
        let decoder = DataDecoder(file: file)
        let padded = String(repeating: "\n", count: max(0, line - 1)) + yaml
        var metadata: BriefingMetadata?
        if let root = decoder.compose(padded), let reader = decoder.mapping(root, what: "front matter") {
            reader.rejectUnknownKeys(["title", "date", "summary", "tags", "raw_html", "order"], in: "front matter")
            let title = reader.string("title", in: "front matter")
            let date = reader.date("date", in: "front matter", required: true)
            let summary = reader.string("summary", in: "front matter")
            var order = 100
            if let node = reader.optional("order") {
                if let number = node.scalar.flatMap({ Int($0.string) }) { order = number } else { decoder.error("'order' must be a whole number", at: node) }
            }
            if let title, let date, let summary {
                metadata = BriefingMetadata(
                    title: title, date: date, summary: summary, tags: reader.stringList("tags").map(\.0),
                    rawHTML: reader.boolean("raw_html"), order: order
                )
            }
        } else if decoder.diagnostics.isEmpty {
            decoder.error("front matter is empty; it needs title, date and summary", at: SourceLocation(file: file, line: line, column: 1))
        }
        guard let metadata, decoder.diagnostics.isEmpty else { throw DiagnosticError(decoder.diagnostics) }
        return metadata
    }
}
