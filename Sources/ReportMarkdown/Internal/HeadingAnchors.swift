/// Writes heading ids into cmark's HTML.
///
/// cmark-gfm renders headings as bare `<hN>`; with raw HTML off, no other `<hN>` can appear in
/// its output (a literal one in text or code is escaped), so the n-th match is the n-th heading.
/// Works on UTF-8 bytes: pages are long and this runs on every page.
enum HeadingAnchors {
    static func insertIds(into html: String, headings: [MarkdownDocument.Heading]) -> String {
        guard !headings.isEmpty else { return html }
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + headings.count * 32)
        var index = 0
        for heading in headings {
            let level = UInt8(ascii: "0") + UInt8(heading.level)
            guard let found = find(level, in: bytes, from: index) else { break }
            output += bytes[index..<found]
            output += Array("<h\(heading.level) id=\"\(heading.id)\">".utf8)
            index = found + 4
        }
        output += bytes[index...]
        return String(decoding: output, as: UTF8.self)
    }

    /// The offset of the next `<hN>` at or after `start`.
    private static func find(_ level: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 3 < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "h"), bytes[index + 2] == level,
               bytes[index + 3] == UInt8(ascii: ">") {
                return index
            }
            index += 1
        }
        return nil
    }
}
