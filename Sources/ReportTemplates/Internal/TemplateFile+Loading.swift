import Mustache

extension TemplateFile {
    static func make(path: String, text: String, displayName: String) -> TemplateFile {
        let name = path.hasSuffix(".mustache") ? String(path.dropLast(".mustache".count)) : path
        let (frontMatter, _) = splitFrontMatter(text)
        return TemplateFile(name: name, path: "\(displayName)/\(path)", text: text, frontMatter: frontMatter, frontMatterLine: 2)
    }

    /// What swift-mustache parses: front matter turned into a comment of the same lines (so
    /// line numbers hold), and for Markdown the content-type pragma in front of line 1.
    var mustacheText: String {
        let (frontMatter, bodyStart) = Self.splitFrontMatter(text)
        var body = text
        if frontMatter != nil {
            let block = text[..<bodyStart].replacingOccurrences(of: "}}", with: "} }")
            body = "{{!" + block.dropLast() + "}}\n" + text[bodyStart...]
        }
        return isMarkdown ? MarkdownContentType.pragma + body : body
    }

    func problem(for error: MustacheTemplate.ParserError) -> TemplateProblem {
        let shift = isMarkdown && error.context.lineNumber == 1 ? MarkdownContentType.pragma.count : 0
        return TemplateProblem(
            file: path, line: error.context.lineNumber, column: max(1, error.context.columnNumber - shift),
            message: "template syntax: \(Self.describe(error.error))"
        )
    }

    /// The YAML between `---` lines at the very top, and where the body starts.
    static func splitFrontMatter(_ text: String) -> (String?, String.Index) {
        guard text.hasPrefix("---\n") else { return (nil, text.startIndex) }
        var index = text.index(text.startIndex, offsetBy: 4)
        let yamlStart = index
        while index < text.endIndex {
            let lineEnd = text[index...].firstIndex(of: "\n") ?? text.endIndex
            if text[index..<lineEnd] == "---" {
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
                return (String(text[yamlStart..<index]), bodyStart)
            }
            index = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
        }
        return (nil, text.startIndex)
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened with"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section is opened but never closed"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        default: return "\(error)"
        }
    }
}
