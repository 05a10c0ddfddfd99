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

    mutating func renderBlock(_ tag: TemplateTag, _ nodes: [TemplateNode], in template: CompiledTemplate) {
        if let override = overrides[tag.name] {
            render(override.nodes, in: override.template)
        } else {
            render(nodes, in: template)
        }
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
