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
            var script = "window.REPORT_SEARCH = [\n"
            script += indexed.map {
                "{\"p\":" + Self.literal($0.path + ".html") + ",\"t\":" + Self.literal($0.title)
                    + ",\"x\":" + Self.literal($0.text) + "}"
            }.joined(separator: ",\n")
            script += "\n];\n"
            return Product(files: ["search-index.js": Data(script.utf8)])
        }]
    }

    /// A JavaScript string literal that is inert inside a script file or a `<script>` element:
    /// `"`, `\\`, `<`, `>`, `&`, control characters and U+2028/U+2029 escaped. Works on UTF-8
    /// bytes, copying the runs between escapes whole (the search index holds every page's words).
    static func literal(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            out.append(UInt8(ascii: "\""))
            var runStart = 0
            var index = 0
            func escape(_ replacement: StaticString, skipping width: Int) {
                out.append(contentsOf: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[runStart..<index]))
                out.append(contentsOf: UnsafeRawBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                index += width
                runStart = index
            }
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""): escape("\\\"", skipping: 1)
                case UInt8(ascii: "\\"): escape("\\\\", skipping: 1)
                case UInt8(ascii: "<"): escape("\\u003c", skipping: 1)
                case UInt8(ascii: ">"): escape("\\u003e", skipping: 1)
                case UInt8(ascii: "&"): escape("\\u0026", skipping: 1)
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA8:
                    escape("\\u2028", skipping: 3)
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA9:
                    escape("\\u2029", skipping: 3)
                case 0..<0x20:
                    out.append(contentsOf: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[runStart..<index]))
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: Array("\\u00".utf8))
                    out.append(hex[Int(byte >> 4)])
                    out.append(hex[Int(byte & 0xF)])
                    index += 1
                    runStart = index
                default:
                    index += 1
                }
            }
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[runStart..<index]))
            out.append(UInt8(ascii: "\""))
            return String(decoding: out, as: UTF8.self)
        }
    }
}
