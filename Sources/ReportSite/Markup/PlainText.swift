/// The words of a page's HTML content as a reader sees them: no tags, no inline SVG, no
/// footnotes section, no contents list, no chart data tables; entities decoded, spaces collapsed.
enum PlainText {
    static func of(_ html: String) -> String {
        var text = html
        for (start, end) in dropped {
            while let open = text.range(of: start), let close = text[open.upperBound...].range(of: end) {
                text.replaceSubrange(open.lowerBound..<close.upperBound, with: start.hasPrefix("<sup") ? "" : " ")
            }
        }
        var out = ""
        var inTag = false
        for character in text {
            if character == "<" { inTag = true; out.append(" "); continue }
            if character == ">", inTag { inTag = false; continue }
            if !inTag { out.append(character) }
        }
        for (entity, character) in entities { out = out.replacingOccurrences(of: entity, with: character) }
        return out.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\u{00A0}" })
            .joined(separator: " ")
    }

    private static let dropped = [
        ("<svg", "</svg>"), ("<section class=\"footnotes\"", "</section>"), ("<nav class=\"toc\"", "</nav>"),
        ("<details class=\"chart-data\"", "</details>"), ("<sup class=\"footnote-ref\"", "</sup>"),
        ("<sup class=\"footnote-sep\"", "</sup>"),
    ]

    private static let entities = [
        ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&amp;", "&"),
    ]
}
