/// Writes heading ids into cmark's HTML.
///
/// cmark-gfm renders headings as bare `<hN>`; with raw HTML off, no other `<hN>` can appear in
/// its output (a literal one in text or code is escaped), so the n-th match is the n-th heading.
enum HeadingAnchors {
    static func insertIds(into html: String, headings: [MarkdownDocument.Heading]) -> String {
        guard !headings.isEmpty else { return html }
        var output = ""
        output.reserveCapacity(html.utf8.count + headings.count * 24)
        var remaining = headings[...]
        var rest = html[...]
        while let heading = remaining.first, let range = rest.firstRange(of: "<h\(heading.level)>") {
            output += rest[..<range.lowerBound]
            output += "<h\(heading.level) id=\"\(heading.id)\">"
            rest = rest[range.upperBound...]
            remaining = remaining.dropFirst()
        }
        output += rest
        return output
    }
}
