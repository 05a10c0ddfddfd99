/// The words of a page's HTML content as a reader sees them: no tags, no inline SVG, no
/// footnotes section, no contents list, no chart data tables; entities decoded, spaces collapsed.
/// One pass over the UTF-8 bytes: pages are long and every page goes through here.
enum PlainText {
    static func of(_ html: String) -> String {
        var html = html
        return html.withUTF8(of)
    }

    private static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count / 2)
        var index = 0
        var pendingSpace = false
        let special = isSpecial
        func emit(_ byte: UInt8) {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 {
                pendingSpace = true
                return
            }
            if pendingSpace, !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            out.append(byte)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                if index + 1 < bytes.count, mayBeDropped[Int(bytes[index + 1])],
                   let (_, end, silent) = dropped.first(where: { ByteSearch.matches($0.0, in: bytes, at: index) }),
                   let close = ByteSearch.first(end, in: bytes, from: index + 1) {
                    index = close + end.count
                    if !silent { pendingSpace = true }
                    continue
                }
                pendingSpace = true
                index = ByteSearch.first(closeAngle, in: bytes, from: index).map { $0 + 1 } ?? bytes.count + 1
                continue
            }
            if byte == UInt8(ascii: "&"), let (entity, replacement) = entities.first(where: { ByteSearch.matches($0.0, in: bytes, at: index) }) {
                replacement.forEach(emit)
                index += entity.count
                continue
            }
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                pendingSpace = true
                index += 2
                continue
            }
            if byte == 0x20 || byte == 0x0A || byte == 0x09 {
                pendingSpace = true
                index += 1
                continue
            }
            // A run of ordinary bytes, copied whole.
            var end = index + 1
            special.withUnsafeBufferPointer { special in
                while end < bytes.count, !special[Int(bytes[end])] { end += 1 }
            }
            if pendingSpace, !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
            index = end
        }
        return String(decoding: out, as: UTF8.self)
    }


    /// Bytes that end a run of ordinary text: `<`, `&`, whitespace and 0xC2 (a no-break space's first byte).
    private static let isSpecial: [Bool] = (0...255).map { [0x3C, 0x26, 0x20, 0x0A, 0x09, 0xC2].contains($0) }

    private static let closeAngle: [UInt8] = [UInt8(ascii: ">")]
    /// The second byte of every dropped block's start (`s`, `n`, `d`).
    private static let mayBeDropped: [Bool] = (0...255).map { byte in dropped.contains { Int($0.0[1]) == byte } }

    /// Blocks dropped whole: start, end, and whether they leave no space behind (footnote marks).
    private static let dropped: [([UInt8], [UInt8], Bool)] = [
        ("<svg", "</svg>", false), ("<section class=\"footnotes\"", "</section>", false),
        ("<nav class=\"toc\"", "</nav>", false), ("<details class=\"chart-data\"", "</details>", false),
        ("<sup class=\"footnote-ref\"", "</sup>", true), ("<sup class=\"footnote-sep\"", "</sup>", true),
    ].map { (Array($0.0.utf8), Array($0.1.utf8), $0.2) }

    private static let entities: [([UInt8], [UInt8])] = [
        ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&amp;", "&"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }
}
