/// RFC 4180 CSV rows. A cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`
/// followed by a non-digit) gets a leading apostrophe, so text from Data/ stays text.
enum CSVText {
    static func row(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    static func cell(_ text: String) -> String {
        var text = text
        if let first = text.first, "=+-@".contains(first), !(text.dropFirst().first?.isNumber ?? false) {
            text = "'" + text
        }
        // Bytes, not characters: a CR LF pair is one Character, equal to neither "\r" nor "\n".
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return "\"" + text.replacingBytes("\"", with: "\"\"") + "\""
    }
}
