extension TemplateScanner {
    /// Reads the tag at `index` (which starts with the opening delimiter) and moves past it.
    mutating func scanTag() throws(TemplateSyntaxError) {
        let start = index
        let column = column(at: start)
        let tagLine = line
        var bodyStart = start + open.count
        let triple = bodyStart < bytes.count && bytes[bodyStart] == UInt8(ascii: "{")
        let closing = triple ? [UInt8(ascii: "}")] + close : close
        guard let end = find(closing, from: bodyStart) else {
            throw TemplateSyntaxError(line: tagLine, column: column,
                                      message: "a tag is not closed with \(String(decoding: closing, as: UTF8.self))")
        }
        countLines(in: start..<end)
        index = end + closing.count
        if triple { bodyStart += 1 }
        var body = Substring(String(decoding: bytes[bodyStart..<end], as: UTF8.self))
        var kind = TemplateTag.Kind.variable
        if triple {
            kind = .unescaped
        } else if let sigil = body.first, let sigilKind = Self.sigils[sigil] {
            kind = sigilKind
            body = body.dropFirst()
        }
        let tag = TemplateTag(kind: kind, name: String(body.trimmingWhitespace), line: tagLine, column: column)
        try check(tag, body: body)
        pending.append(.tag(tag))
    }

    private mutating func check(_ tag: TemplateTag, body: Substring) throws(TemplateSyntaxError) {
        switch tag.kind {
        case .comment, .pragma:
            return
        case .delimiters:
            try setDelimiters(body, tag: tag)
        default:
            guard !tag.name.isEmpty else {
                throw TemplateSyntaxError(line: tag.line, column: tag.column, message: "a tag has no name")
            }
        }
    }

    /// `{{=<% %>=}}`: two delimiters without whitespace or `=`, separated by whitespace.
    private mutating func setDelimiters(_ body: Substring, tag: TemplateTag) throws(TemplateSyntaxError) {
        let parts = body.hasSuffix("=") ? body.dropLast().split(whereSeparator: \.isWhitespace) : []
        guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
            throw TemplateSyntaxError(line: tag.line, column: tag.column,
                                      message: "invalid set-delimiter tag; write {{=<% %>=}}")
        }
        open = Array(parts[0].utf8)
        close = Array(parts[1].utf8)
    }

    /// Newlines inside a tag (comments, set-delimiter tags) still advance the line count.
    private mutating func countLines(in range: Range<Int>) {
        for offset in range where bytes[offset] == Self.newline {
            line += 1
            lineStart = offset + 1
        }
    }

    private static let sigils: [Character: TemplateTag.Kind] = [
        "#": .section, "^": .inverted, "/": .close, ">": .partial, "<": .parent, "$": .block,
        "!": .comment, "%": .pragma, "&": .unescaped, "=": .delimiters,
    ]
}

extension Substring {
    var trimmingWhitespace: Substring {
        var text = self
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return text
    }
}
