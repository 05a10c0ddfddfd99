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
        var html = html
        return html.withUTF8 { bytes in
            guard let section = ByteSearch.first(labelledSection, in: bytes) else { return String(decoding: bytes, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 4096)
            var copied = 0
            var number = 0
            var nextItem = ByteSearch.first(item, in: bytes, from: section)
            var nextBack = ByteSearch.first(back, in: bytes, from: section)
            while let found = [nextItem, nextBack].compactMap({ $0 }).min() {
                if found == nextItem {
                    number += 1
                    nextItem = ByteSearch.first(item, in: bytes, from: found + item.count)
                    continue
                }
                let after = found + back.count
                var label = strings.fill(.footnoteBack, ["n": String(number)])
                if ByteSearch.matches(referenceBytes, in: bytes, at: after) {
                    var end = after + referenceBytes.count
                    while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39 { end += 1 }
                    let digits = String(decoding: UnsafeBufferPointer(rebasing: bytes[(after + referenceBytes.count)..<end]), as: UTF8.self)
                    label = strings.fill(.footnoteBackAgain, ["n": String(number), "k": digits])
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<found]))
                out.append(contentsOf: "class=\"footnote-backref\" data-footnote-backref aria-label=\"".utf8)
                out.append(contentsOf: TemplateLibrary.escapeHTML(label).utf8)
                out.append(contentsOf: "\">↩".utf8)
                copied = after
                nextBack = ByteSearch.first(back, in: bytes, from: after)
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static let labelledSection = Array("aria-labelledby=\"footnote-label\"".utf8)
    private static let item = Array("<li id=\"fn-".utf8)
    private static let back = Array("class=\"footnote-backref\" data-footnote-backref aria-label=\"Back to content\">↩".utf8)
    private static let referenceBytes = Array(reference.utf8)

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
}
