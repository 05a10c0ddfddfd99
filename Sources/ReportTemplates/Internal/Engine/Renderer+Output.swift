extension Renderer {
    /// `{{name}}` escapes text and refuses markup; `{{{name}}}` writes markup and refuses text
    /// (strict); lists and objects must be opened as sections.
    mutating func interpolate(_ tag: TemplateTag, escaped: Bool, in template: CompiledTemplate) {
        guard let value = resolve(tag, in: template) else {
            writeValue("")
            return
        }
        let name = tag.name
        switch (value, escaped, mode) {
        case (.text(let text), true, _), (.raw(let text), true, .lenient):
            writeValue(template.escaper.escape(text))
        case (.raw(let text), false, _), (.text(let text), false, .lenient):
            writeValue(text)
        case (.raw, true, .strict):
            report("'\(name)' is markup; write {{{\(name)}}} to insert it unescaped", at: tag, in: template)
        case (.text, false, .strict):
            report("'\(name)' is plain text and must be escaped; write {{\(name)}}", at: tag, in: template)
        case (.bool(let flag), _, _):
            writeValue(flag ? "true" : "false")
        case (.null, _, _):
            writeValue("")
        case (.list, _, .strict), (.object, _, .strict), (.lookup, _, .strict):
            report("'\(name)' is \(value.kindName); open it as a section: {{#\(name)}}...{{/\(name)}}",
                   at: tag, in: template)
        case (.list, _, .lenient), (.object, _, .lenient), (.lookup, _, .lenient):
            writeValue("")
        }
    }

    /// Template text; inside an indented partial, each of its lines starts with the indentation.
    /// Inside an override, the override's own indentation is removed from each line first.
    mutating func writeTemplateText(_ text: String) {
        guard !indent.isEmpty || !dedent.isEmpty else {
            output += text
            atLineStart = text.utf8.last == UInt8(ascii: "\n")
            return
        }
        var rest = Substring(text)
        while !rest.isEmpty {
            if atLineStart, !dedent.isEmpty, rest.hasPrefix(dedent) {
                rest = rest.dropFirst(dedent.count)
                if rest.isEmpty { return }
            }
            let newline = rest.utf8.firstIndex(of: UInt8(ascii: "\n"))
            let lineEnd = newline.map { rest.utf8.index(after: $0) } ?? rest.endIndex
            if atLineStart { output += indent }
            output += rest[..<lineEnd]
            atLineStart = newline != nil
            rest = rest[lineEnd...]
        }
    }

    /// An interpolated value: never indented inside, even when it holds line breaks.
    mutating func writeValue(_ text: String) {
        if atLineStart, !indent.isEmpty { output += indent }
        atLineStart = false
        output += text
    }
}
