import Mustache

/// Escapes text for Markdown: characters that would start markup are backslash-escaped, `<`
/// and `&` become entities (so no HTML can form), and line breaks become spaces (so text
/// cannot start a block).
struct MarkdownContentType: MustacheContentType {
    static let name = "MARKDOWN"
    static let pragma = "{{% CONTENT_TYPE: MARKDOWN}}"
    static let registered: Void = MustacheContentTypes.register(MarkdownContentType(), named: name)

    /// The bytes that need escaping; text without them is returned as it is.
    private static let special = Set("<>&\"\\`*_[]|~#\n\r".utf8)

    func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { special.contains($0) }) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\"": output += "&quot;"
            case "\\", "`", "*", "_", "[", "]", "|", "~", "#": output += "\\\(character)"
            case "\n", "\r", "\r\n": output += " "
            default: output.append(character)
            }
        }
        return output
    }
}
