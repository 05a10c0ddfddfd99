extension Renderer {
    /// The value a tag's name refers to: the first segment from the innermost context outwards,
    /// each later segment only on what the previous one returned. Nil when it is missing
    /// (reported when strict); a null value met on the way makes the rest null.
    mutating func resolve(_ tag: TemplateTag, in template: CompiledTemplate) -> ViewValue? {
        if tag.name == "." { return contexts.last }
        guard var value = firstSegment(tag.segments[0], tag: tag, in: template) else { return nil }
        for segment in tag.segments.dropFirst() {
            guard let next = member(segment, of: value, tag: tag, in: template) else { return nil }
            value = next
        }
        return value
    }

    private mutating func firstSegment(_ name: String, tag: TemplateTag, in template: CompiledTemplate) -> ViewValue? {
        for index in contexts.indices.reversed() {
            guard let value = contexts[index].member(name) else { continue }
            return value
        }
        if mode == .strict {
            let names = Set(contexts.flatMap(\.memberNames))
            report("unknown name '\(name)'\(NameSuggestion.didYouMean(name, in: names))", at: tag, in: template)
        }
        return nil
    }

    private mutating func member(
        _ segment: String, of value: ViewValue, tag: TemplateTag, in template: CompiledTemplate
    ) -> ViewValue? {
        if case .null = value { return .null }
        if let found = value.member(segment) { return found }
        guard mode == .strict else { return nil }
        switch value {
        case .object, .lookup:
            let suggestion = NameSuggestion.didYouMean(segment, in: value.memberNames)
            report("'\(tag.name)': no '\(segment)' here\(suggestion)", at: tag, in: template)
        default:
            report("'\(tag.name)': '\(segment)' is looked up on \(value.kindName), which has no names",
                   at: tag, in: template)
        }
        return nil
    }
}

extension ViewValue {
    /// The value of `name` on an object or a lookup; nil for anything else.
    func member(_ name: String) -> ViewValue? {
        switch self {
        case .object(let object): object[name]
        case .lookup(let lookup): lookup.value(named: name)
        default: nil
        }
    }

    /// The names an object or lookup offers, for suggestions.
    var memberNames: [String] {
        switch self {
        case .object(let object): Array(object.keys)
        case .lookup(let lookup): lookup.names
        default: []
        }
    }

    /// What the value is, in messages.
    var kindName: String {
        switch self {
        case .text: "text"
        case .raw: "markup"
        case .bool: "a flag"
        case .null: "empty"
        case .list: "a list"
        case .object, .lookup: "an object"
        }
    }
}
