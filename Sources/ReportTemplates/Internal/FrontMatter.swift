/// YAML front matter between `---` lines at the very top of a file (`\n` or `\r\n` line ends).
enum FrontMatter {
    /// The YAML's bytes, and where (offset and 1-based line) the text after the closing `---` starts.
    static func split(_ bytes: [UInt8]) -> (yaml: Range<Int>, bodyOffset: Int, bodyLine: Int)? {
        guard let yamlStart = endOfDashes(bytes, at: 0) else { return nil }
        var lineStart = yamlStart
        var line = 2
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
            if let bodyOffset = endOfDashes(bytes, at: lineStart) {
                return (yamlStart..<lineStart, bodyOffset, line + 1)
            }
            lineStart = lineEnd
            line += 1
        }
        return nil
    }

    /// When a line of exactly `---` starts at `offset`, the offset after its line end.
    private static func endOfDashes(_ bytes: [UInt8], at offset: Int) -> Int? {
        let dash = UInt8(ascii: "-")
        guard offset + 3 <= bytes.count, bytes[offset..<(offset + 3)].allSatisfy({ $0 == dash }) else { return nil }
        var end = offset + 3
        if end < bytes.count, bytes[end] == UInt8(ascii: "\r") { end += 1 }
        if end == bytes.count, offset > 0 { return end }
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\n") else { return nil }
        return end + 1
    }
}
