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
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingBytes("\"", with: "\"\"") + "\""
    }
}
