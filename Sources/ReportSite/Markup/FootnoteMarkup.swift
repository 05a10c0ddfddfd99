import ReportTemplates

/// Touches cmark-gfm's footnote HTML so a reader can use it: a comma between references that
/// stand side by side (and only there), a heading for the footnotes section, and back-links
/// that say which reference they return to.
enum FootnoteMarkup {
    static let reference = "<sup class=\"footnote-ref\">"
    static let separator = "<sup class=\"footnote-sep\" aria-hidden=\"true\">,</sup>"

    /// The page's HTML with separators, the heading and labelled back-links.
    static func apply(to html: String, strings: Strings) -> String {
        var html = keepingValuesWhole(html).replacingBytes("</sup>" + reference, with: "</sup>" + separator + reference)
        let opening = "<section class=\"footnotes\" data-footnotes>"
        let heading = "<h2 id=\"footnote-label\" class=\"visually-hidden\">"
            + TemplateLibrary.escapeHTML(strings[.footnotesHeading]) + "</h2>"
        html = html.replacingBytes(
            opening, with: "<section class=\"footnotes\" data-footnotes aria-labelledby=\"footnote-label\">\n" + heading
        )
        return labellingBackLinks(html, strings: strings)
    }

    /// `aria-label="Back to content"` → `Back to reference 3` (`…, use 2` for a second citation),
    /// numbered by the footnote's place in the list.
    private static func labellingBackLinks(_ html: String, strings: Strings) -> String {
        guard let section = html.byteRange(of: "aria-labelledby=\"footnote-label\"") else { return html }
        var out = String(html[..<section.lowerBound])
        var rest = html[section.lowerBound...]
        var number = 0
        let item = "<li id=\"fn-"
        let back = "class=\"footnote-backref\" data-footnote-backref aria-label=\"Back to content\">↩"
        while let next = nextMatch(in: rest, item, back) {
            out += rest[..<next.range.lowerBound]
            if next.which == 0 {
                number += 1
                out += item
            } else {
                let after = rest[next.range.upperBound...]
                var label = strings.fill(.footnoteBack, ["n": String(number)])
                if after.hasPrefix(reference) {
                    let digits = after.dropFirst(reference.count).prefix(while: \.isNumber)
                    label = strings.fill(.footnoteBackAgain, ["n": String(number), "k": String(digits)])
                }
                out += "class=\"footnote-backref\" data-footnote-backref aria-label=\""
                    + TemplateLibrary.escapeHTML(label) + "\">↩"
            }
            rest = rest[next.range.upperBound...]
        }
        out += rest
        return out
    }

    /// `780 TFLOPS<sup…>`: the space between a number and the unit its footnote follows becomes
    /// non-breaking, so value, unit and reference stay on one line.
    static func keepingValuesWhole(_ html: String) -> String {
        let bytes = Array(html.utf8)
        let marker = Array(reference.utf8)
        var spaces: [Int] = []
        var index = 0
        while let found = bytes.firstIndex(of: marker, from: index) {
            var back = found - 1
            while back > 0, bytes[back] != 0x20, bytes[back] != UInt8(ascii: ">"),
                  !(bytes[back] == 0xA0 && bytes[back - 1] == 0xC2) { back -= 1 }
            if back > 0, bytes[back] == 0x20, bytes[back - 1] >= 0x30, bytes[back - 1] <= 0x39 { spaces.append(back) }
            index = found + marker.count
        }
        guard !spaces.isEmpty else { return html }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + spaces.count)
        var start = 0
        for space in spaces {
            out += bytes[start..<space]
            out += [0xC2, 0xA0]
            start = space + 1
        }
        out += bytes[start...]
        return String(decoding: out, as: UTF8.self)
    }

    private static func nextMatch(in text: Substring, _ a: String, _ b: String) -> (range: Range<String.Index>, which: Int)? {
        let first = text.byteRange(of: a)
        let second = text.byteRange(of: b)
        switch (first, second) {
        case (nil, nil): return nil
        case (let x?, nil): return (x, 0)
        case (nil, let y?): return (y, 1)
        case (let x?, let y?): return x.lowerBound < y.lowerBound ? (x, 0) : (y, 1)
        }
    }
}
