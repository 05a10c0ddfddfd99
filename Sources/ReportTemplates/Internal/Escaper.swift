/// How `{{name}}` escapes text for the template's output format.
enum Escaper: Sendable {
    /// HTML text and attribute values: `& < > " '` become entities.
    case html
    /// Markdown text: characters that would start markup are backslash-escaped, `<`, `>`, `&`
    /// and `"` become entities (so no HTML can form), and line breaks become spaces (so text
    /// cannot start a block). `{` is escaped so text cannot end a heading with an `{#id}`.
    case markdown

    /// The escaper for a template named `name`: Markdown when the name ends in `.md`.
    init(templateName name: String) {
        self = name.hasSuffix(".md") ? .markdown : .html
    }

    func escape(_ text: String) -> String {
        switch self {
        case .html: Self.escapeHTML(text)
        case .markdown: Self.escapeMarkdown(text)
        }
    }

    static func escapeHTML(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: { htmlSpecial[Int($0)] }) else { return text }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 16)
            // Runs between special bytes are copied whole; the special bytes are all ASCII.
            var copied = 0
            for index in first..<bytes.count where htmlSpecial[Int(bytes[index])] {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                switch bytes[index] {
                case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
                default: output.append(contentsOf: "&#39;".utf8)
                }
                copied = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: output, as: UTF8.self)
        }
    }

    static func escapeMarkdown(_ text: String) -> String {
        guard text.utf8.contains(where: { markdownSpecial[Int($0)] }) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\"": output += "&quot;"
            case "\\", "`", "*", "_", "[", "]", "|", "~", "#", "{": output += "\\\(character)"
            case "\n", "\r", "\r\n": output += " "
            default: output.append(character)
            }
        }
        return output
    }

    /// The bytes that need escaping; text without them is returned as it is.
    private static let htmlSpecial = table("<>&\"'")
    private static let markdownSpecial = table("<>&\"\\`*_[]|~#{\n\r")

    /// A 256-entry table: whether each byte is one of `bytes`.
    private static func table(_ bytes: String) -> [Bool] {
        let set = Set(bytes.utf8)
        return (0...255).map { set.contains(UInt8($0)) }
    }
}
