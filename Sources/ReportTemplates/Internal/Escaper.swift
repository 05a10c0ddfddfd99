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
        guard text.utf8.contains(where: { htmlSpecial.contains($0) }) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    static func escapeMarkdown(_ text: String) -> String {
        guard text.utf8.contains(where: { markdownSpecial.contains($0) }) else { return text }
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
    private static let htmlSpecial = Set("<>&\"'".utf8)
    private static let markdownSpecial = Set("<>&\"\\`*_[]|~#{\n\r".utf8)
}
