#if canImport(Glibc)
import Glibc
#endif
import ReportTemplates

/// The reader's touches on cmark-gfm's HTML, in one pass over its bytes (every page goes through
/// here, and a pass per touch cost as much as cmark itself):
/// - footnotes: a comma between references that stand side by side (and only there), a
///   non-breaking space between a number and the unit its reference follows, a heading for the
///   footnotes section, and back-links that say which reference they return to;
/// - tables: each in a scrolling wrapper, a table of many columns marked wide;
/// - bare links: a link whose text is its own address (`<a href="X">X</a>`, as cmark writes
///   autolinks) gets `class="url"`, so the print stylesheet does not print the address twice.
enum PagePolish {
    static let reference = "<sup class=\"footnote-ref\">"
    static let separator = "<sup class=\"footnote-sep\" aria-hidden=\"true\">,</sup>"
    /// Tables with at least this many columns may leave the text column.
    static let wideColumns = 6

    static func apply(to html: String, strings: Strings) -> String {
        var html = html
        return html.withUTF8 { bytes in
            var pass = Pass(bytes: bytes, strings: strings)
            pass.run()
            pass.labelBackLinks()
            return String(decoding: pass.out, as: UTF8.self)
        }
    }

    private struct Pass {
        let bytes: UnsafeBufferPointer<UInt8>
        let strings: Strings
        var out: [UInt8] = []
        /// Bytes before `copied` are in `out`.
        var copied = 0
        /// The end of the table being wrapped (after its `</table>`); no table starts before it.
        var tableEnd = 0

        init(bytes: UnsafeBufferPointer<UInt8>, strings: Strings) {
            self.bytes = bytes
            self.strings = strings
            out.reserveCapacity(bytes.count + bytes.count / 16 + 256)
        }

        mutating func copy(upTo end: Int) {
            if end > copied { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<end])) }
            copied = max(copied, end)
        }

        mutating func run() {
            guard let base = bytes.baseAddress else { return }
            var index = 0
            while index < bytes.count,
                  let hit = memchr(base + index, Int32(UInt8(ascii: "<")), bytes.count - index) {
                index = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                index = step(at: index)
            }
            copy(upTo: bytes.count)
        }

        /// Handles the tag at `index` (a `<`) and returns where to look for the next.
        mutating func step(at index: Int) -> Int {
            if ByteSearch.matches(Markers.reference, in: bytes, at: index) {
                copy(upTo: index)
                keepValueWhole()
                if out.count >= Markers.supClose.count, out.suffix(Markers.supClose.count).elementsEqual(Markers.supClose) {
                    out.append(contentsOf: Markers.separator)
                }
                return index + 1
            }
            if ByteSearch.matches(Markers.link, in: bytes, at: index) { return link(at: index) }
            if index >= tableEnd, ByteSearch.matches(Markers.table, in: bytes, at: index) { return table(at: index) }
            if index + Markers.tableClose.count == tableEnd {
                copy(upTo: tableEnd)
                out.append(contentsOf: Markers.wrapClose)
                return tableEnd
            }
            if ByteSearch.matches(Markers.section, in: bytes, at: index) {
                copy(upTo: index)
                out.append(contentsOf: Markers.labelledSection)
                out.append(contentsOf: TemplateLibrary.escapeHTML(strings[.footnotesHeading]).utf8)
                out.append(contentsOf: Markers.headingClose)
                copied = index + Markers.section.count
                return copied
            }
            return index + 1
        }

        /// `780 TFLOPS<sup…>`: the space between a number and the unit that ends at the end of
        /// `out` becomes non-breaking, so value, unit and reference stay on one line.
        mutating func keepValueWhole() {
            var back = out.count - 1
            while back > 0, out[back] != 0x20, out[back] != UInt8(ascii: ">"), !(out[back] == 0xA0 && out[back - 1] == 0xC2) {
                back -= 1
            }
            guard back > 0, out[back] == 0x20, out[back - 1] >= 0x30, out[back - 1] <= 0x39 else { return }
            out[back] = 0xC2
            out.insert(0xA0, at: back + 1)
        }

        /// `<a href="X">`: marked `class="url"` when its text is `X</a>`.
        mutating func link(at index: Int) -> Int {
            let hrefStart = index + Markers.link.count
            var quote = hrefStart
            while quote < bytes.count, bytes[quote] != UInt8(ascii: "\"") { quote += 1 }
            guard quote + 1 < bytes.count, bytes[quote + 1] == UInt8(ascii: ">") else { return hrefStart }
            let textStart = quote + 2
            let href = UnsafeBufferPointer(rebasing: bytes[hrefStart..<quote])
            // A `<` in the address (raw HTML only): scan it too, so a `</table>` there is seen.
            let next = href.contains(UInt8(ascii: "<")) ? hrefStart : textStart
            let bare = textStart + href.count + Markers.linkClose.count <= bytes.count
                && memcmp(bytes.baseAddress! + textStart, bytes.baseAddress! + hrefStart, href.count) == 0
                && ByteSearch.matches(Markers.linkClose, in: bytes, at: textStart + href.count)
            if bare {
                copy(upTo: index)
                out.append(contentsOf: Markers.urlLink)
                copied = hrefStart
            }
            return next
        }

        /// `<table>`: opens the wrapper, wide when the first row has enough header cells; the
        /// wrapper closes after the first `</table>` that follows.
        mutating func table(at index: Int) -> Int {
            guard let close = ByteSearch.first(Markers.tableClose, in: bytes, from: index + Markers.table.count) else {
                return index + 1
            }
            let rowEnd = ByteSearch.first(Markers.rowClose, in: UnsafeBufferPointer(rebasing: bytes[index..<close])).map { index + $0 }
                ?? close
            let row = UnsafeBufferPointer(rebasing: bytes[index..<rowEnd])
            let columns = Self.count(Markers.headerCell, in: row) + Self.count(Markers.headerCellWithAttributes, in: row)
            copy(upTo: index)
            out.append(contentsOf: columns >= PagePolish.wideColumns ? Markers.wideWrapOpen : Markers.wrapOpen)
            tableEnd = close + Markers.tableClose.count
            return index + 1
        }

        static func count(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Int {
            var found = 0
            var from = 0
            while let hit = ByteSearch.first(needle, in: haystack, from: from) {
                found += 1
                from = hit + needle.count
            }
            return found
        }

        /// `aria-label="Back to content"` → `Back to reference 3` (`…, use 2` for a second
        /// citation), numbered by the footnote's place in the list; only after the labelled
        /// footnotes section opens.
        mutating func labelBackLinks() {
            let labelled = out.withUnsafeBufferPointer { ByteSearch.first(Markers.labelledAttribute, in: $0) }
            guard let section = labelled else { return }
            let page = out
            out = []
            out.reserveCapacity(page.count + 2048)
            var labels: [Int: [UInt8]] = [:]
            page.withUnsafeBufferPointer { bytes in
                var copied = 0
                var number = 0
                var nextItem = ByteSearch.first(Markers.item, in: bytes, from: section)
                var nextBack = ByteSearch.first(Markers.back, in: bytes, from: section)
                while let back = nextBack {
                    if let item = nextItem, item < back {
                        number += 1
                        nextItem = ByteSearch.first(Markers.item, in: bytes, from: item + Markers.item.count)
                        continue
                    }
                    let after = back + Markers.back.count
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<back]))
                    out.append(contentsOf: Markers.backLabelled)
                    if ByteSearch.matches(Markers.reference, in: bytes, at: after) {
                        var end = after + Markers.reference.count
                        while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39 { end += 1 }
                        let use = String(decoding: UnsafeBufferPointer(rebasing: bytes[(after + Markers.reference.count)..<end]), as: UTF8.self)
                        out.append(contentsOf: TemplateLibrary.escapeHTML(strings.fill(.footnoteBackAgain, ["n": String(number), "k": use])).utf8)
                    } else {
                        if labels[number] == nil {
                            labels[number] = Array(TemplateLibrary.escapeHTML(strings.fill(.footnoteBack, ["n": String(number)])).utf8)
                        }
                        out.append(contentsOf: labels[number]!)
                    }
                    out.append(contentsOf: Markers.backClose)
                    copied = after
                    nextBack = ByteSearch.first(Markers.back, in: bytes, from: after)
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            }
        }
    }

    private enum Markers {
        static let reference = Array(PagePolish.reference.utf8)
        static let separator = Array(PagePolish.separator.utf8)
        static let supClose = Array("</sup>".utf8)
        static let link = Array("<a href=\"".utf8)
        static let linkClose = Array("</a>".utf8)
        static let urlLink = Array("<a class=\"url\" href=\"".utf8)
        static let table = Array("<table>".utf8)
        static let tableClose = Array("</table>".utf8)
        static let rowClose = Array("</tr>".utf8)
        static let headerCell = Array("<th>".utf8)
        static let headerCellWithAttributes = Array("<th ".utf8)
        static let wrapOpen = Array("<div class=\"table-wrap\" tabindex=\"0\">".utf8)
        static let wideWrapOpen = Array("<div class=\"table-wrap wide\" tabindex=\"0\">".utf8)
        static let wrapClose = Array("</div>".utf8)
        static let section = Array("<section class=\"footnotes\" data-footnotes>".utf8)
        static let labelledSection = Array(
            "<section class=\"footnotes\" data-footnotes aria-labelledby=\"footnote-label\">\n<h2 id=\"footnote-label\" class=\"visually-hidden\">".utf8
        )
        static let headingClose = Array("</h2>".utf8)
        static let labelledAttribute = Array("aria-labelledby=\"footnote-label\"".utf8)
        static let item = Array("<li id=\"fn-".utf8)
        static let back = Array("class=\"footnote-backref\" data-footnote-backref aria-label=\"Back to content\">↩".utf8)
        static let backLabelled = Array("class=\"footnote-backref\" data-footnote-backref aria-label=\"".utf8)
        static let backClose = Array("\">↩".utf8)
    }
}
