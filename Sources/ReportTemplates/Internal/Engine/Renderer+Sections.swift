extension Renderer {
    mutating func renderSection(_ tag: TemplateTag, _ nodes: [TemplateNode], in template: CompiledTemplate) {
        guard let value = resolve(tag, in: template) else { return }
        if case .list(let items) = value {
            for item in items { renderNested(nodes, in: template, context: item) }
        } else if value.isTruthy {
            renderNested(nodes, in: template, context: value)
        }
    }

    mutating func renderInverted(_ tag: TemplateTag, _ nodes: [TemplateNode], in template: CompiledTemplate) {
        let value = resolve(tag, in: template)
        if value == nil, mode == .strict { return }
        if !(value?.isTruthy ?? false) { render(nodes, in: template) }
    }

    /// A block renders its override when a parent tag gave one, else its default. An override
    /// loses its own indentation; one of a block alone on its line takes the block's (or its
    /// default's, when the block tag is not indented) and ends the line.
    mutating func renderBlock(_ tag: TemplateTag, _ nodes: [TemplateNode], in template: CompiledTemplate) {
        guard let override = overrides[tag.name] else {
            render(nodes, in: template)
            return
        }
        let saved = (indent, dedent)
        dedent = override.block.dedent
        if tag.standalone {
            indent += tag.indent.isEmpty ? TemplateBlock.leadingIndent(of: nodes) : tag.indent
            atLineStart = true
        }
        let start = output.utf8.count
        render(override.block.nodes, in: override.template)
        let lineOpen = output.utf8.count > start && output.utf8.last != UInt8(ascii: "\n")
        if tag.standalone, !tag.lineEnd.isEmpty, lineOpen {
            output += tag.lineEnd
            atLineStart = true
        }
        (indent, dedent) = saved
    }

    private mutating func renderNested(_ nodes: [TemplateNode], in template: CompiledTemplate, context: ViewValue) {
        contexts.append(context)
        render(nodes, in: template)
        contexts.removeLast()
    }
}

extension ViewValue {
    /// False, null, an empty list and empty text render a section's content zero times.
    var isTruthy: Bool {
        switch self {
        case .bool(let flag): flag
        case .null: false
        case .list(let items): !items.isEmpty
        case .text(let text), .raw(let text): !text.isEmpty
        case .object, .lookup: true
        }
    }
}
