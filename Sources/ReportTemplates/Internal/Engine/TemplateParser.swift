/// Compiles a template's text into nodes: scans it, then nests sections. Reports every
/// unbalanced section, not only the first.
struct TemplateParser {
    private let bytes: [UInt8]
    /// Open sections, innermost last, each with the nodes collected so far; the first is the template.
    private var stack: [(tag: TemplateTag?, nodes: [TemplateNode])] = [(nil, [])]
    private var errors: [TemplateSyntaxError.Problem] = []

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The nodes of the text from byte `start`, which is on line `line`; or every syntax error.
    static func parse(_ bytes: [UInt8], start: Int, line: Int) -> Result<[TemplateNode], TemplateSyntaxError> {
        do {
            let tokens = try TemplateScanner.tokens(in: bytes, start: start, line: line)
            var parser = TemplateParser(bytes: bytes)
            for token in tokens { parser.add(token) }
            return parser.finish()
        } catch {
            return .failure(error)
        }
    }

    private mutating func add(_ token: Token) {
        switch token {
        case .text(let range):
            appendText(String(decoding: bytes[range], as: UTF8.self))
        case .tag(let tag):
            add(tag)
        }
    }

    private mutating func add(_ tag: TemplateTag) {
        switch tag.kind {
        case .section, .inverted, .parent, .block:
            stack.append((tag, []))
        case .close:
            close(tag)
        case .comment, .delimiters:
            break
        default:
            append(Self.leaf(tag))
        }
    }

    private mutating func close(_ tag: TemplateTag) {
        guard stack.count > 1, let (open, nodes) = stack.popLast(), let open else {
            errors.append(TemplateSyntaxError.Problem(line: tag.line, column: tag.column,
                                              message: "'/\(tag.name)' closes a section that was never opened"))
            return
        }
        if open.name != tag.name {
            errors.append(TemplateSyntaxError.Problem(
                line: tag.line, column: tag.column,
                message: "'/\(tag.name)' closes section '\(open.name)', opened at \(open.line):\(open.column)"
            ))
        }
        append(Self.section(open, nodes))
    }

    private func finish() -> Result<[TemplateNode], TemplateSyntaxError> {
        let unclosed = stack.dropFirst().compactMap(\.tag).map {
            TemplateSyntaxError.Problem(line: $0.line, column: $0.column,
                                message: "section '\($0.name)' is opened here but never closed")
        }
        let all = errors + unclosed
        return all.isEmpty ? .success(stack[0].nodes) : .failure(TemplateSyntaxError(all))
    }

    private mutating func append(_ node: TemplateNode) {
        stack[stack.count - 1].nodes.append(node)
    }

    /// Adjacent text (a line cut at its newline, or around a removed comment) becomes one node.
    private mutating func appendText(_ text: String) {
        let last = stack.count - 1
        if case .text(let previous)? = stack[last].nodes.last {
            stack[last].nodes[stack[last].nodes.count - 1] = .text(previous + text)
        } else {
            stack[last].nodes.append(.text(text))
        }
    }
}

private extension TemplateParser {
    static func leaf(_ tag: TemplateTag) -> TemplateNode {
        if let reason = unsupported(tag) { return .unsupported(tag, reason: reason) }
        switch tag.kind {
        case .variable: return .variable(tag, escaped: true)
        case .unescaped: return .variable(tag, escaped: false)
        default: return .partial(tag)
        }
    }

    static func section(_ tag: TemplateTag, _ nodes: [TemplateNode]) -> TemplateNode {
        if let reason = unsupported(tag) { return .unsupported(tag, reason: reason) }
        switch tag.kind {
        case .inverted: return .inverted(tag, nodes)
        case .block: return .block(tag, nodes)
        case .parent: return .parent(tag, blocks: blocks(in: nodes))
        default: return .section(tag, nodes)
        }
    }

    /// The blocks directly inside a parent tag; other text there is ignored.
    static func blocks(in nodes: [TemplateNode]) -> [String: TemplateBlock] {
        var blocks: [String: TemplateBlock] = [:]
        for case .block(let tag, let content) in nodes {
            let dedent = tag.standalone ? TemplateBlock.leadingIndent(of: content) : ""
            blocks[tag.name] = TemplateBlock(nodes: content, dedent: dedent)
        }
        return blocks
    }

    static func unsupported(_ tag: TemplateTag) -> String? {
        if tag.kind == .pragma { return "pragmas such as '{{%\(tag.name)}}' are not supported" }
        if tag.name.hasPrefix("*") { return "dynamic names such as '\(tag.name)' are not supported" }
        if tag.name.utf8.contains(UInt8(ascii: "(")) {
            return "transforms such as '\(tag.name)' are not supported; compute the value in the view model"
        }
        return nil
    }
}
