import Foundation

/// `search-index.js`: every page's title and words, set as a global so the search page works
/// from file:// and any sub-path (no fetch). Strings are JSON with `<`, `>`, `&` and line
/// separators escaped, so no text from Data/ can end the script or run as markup.
struct SearchIndex: Producer {
    let phase = ProducerPhase.aggregate

    func plan(_ site: SiteContext, pages: [PageSummary]) -> [PlannedOutput] {
        let indexed = pages.filter { !$0.text.isEmpty }.sorted { $0.path < $1.path }
        return [PlannedOutput(id: "search-index") { recorder in
            recorder.record(.pages)
            recorder.record(.pageTexts)
            return Product(files: ["search-index.js": Self.script(indexed)])
        }]
    }

    /// The script, written into one buffer: at N = 10,000 it is 150 MB, and a string per page,
    /// their joined copy and its bytes cost four copies and 1.7 s.
    static func script(_ pages: [PageSummary]) -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(pages.reduce(64) { $0 + $1.path.utf8.count + $1.title.utf8.count + $1.text.utf8.count + 40 })
        bytes += "window.REPORT_SEARCH = [\n".utf8
        for (number, page) in pages.enumerated() {
            bytes += (number == 0 ? "{\"p\":" : ",\n{\"p\":").utf8
            appendLiteral(page.path + ".html", to: &bytes)
            bytes += ",\"t\":".utf8
            appendLiteral(page.title, to: &bytes)
            bytes += ",\"x\":".utf8
            appendLiteral(page.text, to: &bytes)
            bytes.append(UInt8(ascii: "}"))
        }
        bytes += "\n];\n".utf8
        return Data(bytes)
    }

    /// A JavaScript string literal that is inert inside a script file or a `<script>` element:
    /// `"`, `\\`, `<`, `>`, `&`, control characters and U+2028/U+2029 escaped.
    static func literal(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendLiteral(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Bytes that may start an escape: the rest are copied in runs.
    private static let special: [Bool] = (0...255).map { byte in
        byte < 0x20 || byte == 0xE2 || [0x22, 0x5C, 0x3C, 0x3E, 0x26].contains(byte)
    }

    /// Appends `literal(text)`'s bytes to `out`, copying the runs between escapes whole.
    static func appendLiteral(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            out.append(UInt8(ascii: "\""))
            var runStart = 0
            var index = 0
            let count = bytes.count
            func flush() {
                if index > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            }
            func escape(_ replacement: StaticString, skipping width: Int) {
                flush()
                out.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                index += width
                runStart = index
            }
            special.withUnsafeBufferPointer { special in
                while index < count {
                    let byte = bytes[index]
                    guard special[Int(byte)] else {
                        index += 1
                        continue
                    }
                    switch byte {
                    case UInt8(ascii: "\""): escape("\\\"", skipping: 1)
                    case UInt8(ascii: "\\"): escape("\\\\", skipping: 1)
                    case UInt8(ascii: "<"): escape("\\u003c", skipping: 1)
                    case UInt8(ascii: ">"): escape("\\u003e", skipping: 1)
                    case UInt8(ascii: "&"): escape("\\u0026", skipping: 1)
                    case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA8:
                        escape("\\u2028", skipping: 3)
                    case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA9:
                        escape("\\u2029", skipping: 3)
                    case 0xE2:
                        index += 1
                    default:
                        flush()
                        let hex = Array("0123456789abcdef".utf8)
                        out += "\\u00".utf8
                        out.append(hex[Int(byte >> 4)])
                        out.append(hex[Int(byte & 0xF)])
                        index += 1
                        runStart = index
                    }
                }
            }
            flush()
            out.append(UInt8(ascii: "\""))
        }
    }
}
