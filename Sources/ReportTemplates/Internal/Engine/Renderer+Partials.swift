extension Renderer {
    /// Renders a partial (`blocks` empty) or a parent with the blocks it overrides, indented
    /// when it stands alone on its line.
    mutating func include(_ tag: TemplateTag, blocks: [String: TemplateBlock], from template: CompiledTemplate) {
        guard let partial = partial(named: tag, from: template) else { return }
        guard depth < Self.maximumDepth else {
            report("'\(tag.name)' is nested \(Self.maximumDepth) deep; does it include itself without end?",
                   at: tag, in: template)
            return
        }
        let saved = (indent, dedent, overrides)
        if !tag.indent.isEmpty {
            indent += tag.indent
            atLineStart = true
        }
        dedent = ""
        for (name, block) in blocks where overrides[name] == nil {
            overrides[name] = Override(block: block, template: template)
        }
        depth += 1
        render(partial)
        depth -= 1
        (indent, dedent, overrides) = saved
    }

    private mutating func partial(named tag: TemplateTag, from template: CompiledTemplate) -> CompiledTemplate? {
        let found = templates[tag.name]
        guard mode == .strict else { return found }
        if found != nil, tag.name.hasPrefix(TemplateLibrary.briefingsPrefix) {
            report("a briefing cannot be used as a partial; move the shared part to partials/", at: tag, in: template)
            return nil
        }
        if found == nil {
            let kind = tag.kind == .parent ? "layout" : "partial"
            let suggestion = NameSuggestion.didYouMean(tag.name, in: templates.keys)
            report("unknown \(kind) '\(tag.name)'\(suggestion)", at: tag, in: template)
        }
        return found
    }
}
