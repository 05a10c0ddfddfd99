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

    func problem(for error: MustacheTemplate.ParserError, lineOffset: Int, pragmaShift: Bool) -> TemplateProblem {
        if case .expectedSectionEnd? = error.error as? MustacheTemplate.Error, let open = unclosedSection() {
            return TemplateProblem(file: path, line: open.line, column: open.column,
                                   message: "template syntax: section '\(open.name)' is opened here but never closed")
        }
        let shift = pragmaShift && error.context.lineNumber == 1 ? MarkdownContentType.pragma.count : 0
        return TemplateProblem(
            file: path, line: error.context.lineNumber + lineOffset, column: max(1, error.context.columnNumber - shift),
            message: "template syntax: \(Self.describe(error.error))"
        )
    }

    /// The innermost section left open at the end of the file, where swift-mustache only
    /// notices the end of input.
    func unclosedSection() -> Tag? {
        var open: [Tag] = []
        for tag in TagScanner.tags(in: text) {
            switch tag.kind {
            case .section, .inverted, .parent, .block: open.append(tag)
            case .close: if open.last?.name == tag.name { open.removeLast() }
            default: break
            }
        }
        return open.last
    }

    /// A piece of the template: the text swift-mustache parses, and the file line it starts on.
    struct Chunk {
        let text: String
        let firstLine: Int
        let hasPragma: Bool
    }

    /// The template cut between lines that no section spans, in pieces of at least 8 lines;
    /// the first piece carries the front matter (as a comment), each Markdown piece the pragma.
    func chunks(tags: [Tag]) -> [Chunk] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var blocked = [Bool](repeating: false, count: lines.count + 2)
        var open: [Tag] = []
        for tag in tags {
            switch tag.kind {
            case .section, .inverted, .parent, .block: open.append(tag)
            case .close:
                if let start = open.popLast(), start.line < tag.line {
                    for line in (start.line + 1)...tag.line where line < blocked.count { blocked[line] = true }
                }
            default: break
            }
        }
        if !open.isEmpty { return [Chunk(text: mustacheText, firstLine: 1, hasPragma: isMarkdown)] }
        let bodyStartLine = frontMatter.map { $0.split(separator: "\n", omittingEmptySubsequences: false).count + 2 } ?? 1
        var starts = [1]
        for line in stride(from: 1, through: lines.count, by: 1) where line > bodyStartLine && !blocked[line] && line - starts.last! >= 8 {
            // A piece starts on a line that begins with text, so the pragma in front of it is
            // not a standalone tag (which would swallow the line break of a blank line).
            guard let first = lines[line - 1].first, !first.isWhitespace, first != "{" else { continue }
            starts.append(line)
        }
        guard starts.count > 1 else { return [Chunk(text: mustacheText, firstLine: 1, hasPragma: isMarkdown)] }
        let firstEnd = starts[1] - 1
        let firstText = TemplateFile(name: name, path: path, text: lines[0..<firstEnd].joined(separator: "\n") + "\n", frontMatter: frontMatter, frontMatterLine: frontMatterLine).mustacheText
        var chunks = [Chunk(text: firstText, firstLine: 1, hasPragma: isMarkdown)]
        for (index, start) in starts.enumerated().dropFirst() {
            let end = index + 1 < starts.count ? starts[index + 1] - 1 : lines.count
            var piece = lines[(start - 1)..<end].joined(separator: "\n")
            if end < lines.count { piece += "\n" }
            chunks.append(Chunk(text: (isMarkdown ? MarkdownContentType.pragma : "") + piece, firstLine: start, hasPragma: isMarkdown))
        }
        return chunks
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

    static func describe(_ error: any Error) -> String {
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
