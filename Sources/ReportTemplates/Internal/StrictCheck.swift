/// Checks every tag of a template against the shape of the value it will render, the way
/// swift-mustache looks names up: the first segment from the innermost section outwards,
/// later segments on what the previous one returned. swift-mustache renders a missing name
/// or partial as empty; this turns each into a located problem.
struct StrictCheck {
    let library: [String: LoadedTemplate]
    private(set) var problems: [TemplateProblem] = []
    /// Names resolved on the root context, up to their second segment (`chip.h20`, `chips`).
    private(set) var rootNames: Set<String> = []
    /// The templates checked: the one rendered and every partial and layout it reaches.
    private(set) var templatesUsed: Set<String> = []

    init(library: [String: LoadedTemplate]) {
        self.library = library
    }

    mutating func check(_ template: LoadedTemplate, stack: [Shape], partialDepth: Int = 0) {
        templatesUsed.insert(template.file.name)
        guard let nodes = template.tagTree else { return }
        check(nodes, in: template, stack: stack, partialDepth: partialDepth)
    }

    private mutating func check(_ nodes: [TagNode], in template: LoadedTemplate, stack: [Shape], partialDepth: Int) {
        for node in nodes {
            switch node {
            case .leaf(let tag):
                checkLeaf(tag, in: template, stack: stack, partialDepth: partialDepth)
            case .section(let tag, let children):
                checkSection(tag, children, in: template, stack: stack, partialDepth: partialDepth)
            }
        }
    }

    private mutating func checkLeaf(_ tag: Tag, in template: LoadedTemplate, stack: [Shape], partialDepth: Int) {
        switch tag.kind {
        case .variable, .unescaped:
            guard let shape = resolve(tag, in: template, stack: stack) else { return }
            checkOutput(tag, shape: shape, in: template)
        case .partial:
            guard let partial = lookUp(partial: tag, in: template) else { return }
            if partialDepth < 8 { check(partial, stack: stack, partialDepth: partialDepth + 1) }
        case .delimiters:
            report(tag, in: template, "set-delimiter tags are not supported; keep {{ }}")
        default:
            break
        }
    }

    private mutating func checkSection(_ tag: Tag, _ children: [TagNode], in template: LoadedTemplate, stack: [Shape], partialDepth: Int) {
        switch tag.kind {
        case .section:
            guard let shape = resolve(tag, in: template, stack: stack) else { return }
            check(children, in: template, stack: stack + [shape.sectionContext], partialDepth: partialDepth)
        case .inverted:
            _ = resolve(tag, in: template, stack: stack)
            check(children, in: template, stack: stack, partialDepth: partialDepth)
        case .parent:
            guard let parent = lookUp(partial: tag, in: template) else { return }
            check(children, in: template, stack: stack, partialDepth: partialDepth)
            if partialDepth < 8 { check(parent, stack: stack, partialDepth: partialDepth + 1) }
        default:
            check(children, in: template, stack: stack, partialDepth: partialDepth)
        }
    }

    private mutating func checkOutput(_ tag: Tag, shape: Shape, in template: LoadedTemplate) {
        switch (tag.kind, shape) {
        case (.variable, .raw):
            report(tag, in: template, "'\(tag.name)' is markup; write {{{\(tag.name)}}} to insert it unescaped")
        case (.unescaped, .text):
            report(tag, in: template, "'\(tag.name)' is plain text and must be escaped; write {{\(tag.name)}}")
        case (_, .list), (_, .object):
            report(tag, in: template, "'\(tag.name)' is \(shape.kindName); open it as a section: {{#\(tag.name)}}...{{/\(tag.name)}}")
        default:
            break
        }
    }

    private mutating func lookUp(partial tag: Tag, in template: LoadedTemplate) -> LoadedTemplate? {
        if tag.name.hasPrefix(TemplateLibrary.briefingsPrefix), library[tag.name] != nil {
            report(tag, in: template, "a briefing cannot be used as a partial; move the shared part to partials/")
            return nil
        }
        if let partial = library[tag.name] { return partial }
        let kind = tag.kind == .parent ? "layout" : "partial"
        report(tag, in: template, "unknown \(kind) '\(tag.name)'\(NameSuggestion.didYouMean(tag.name, in: library.keys))")
        return nil
    }

    /// The shape a name refers to; nil when it is missing (reported) or cannot be known.
    private mutating func resolve(_ tag: Tag, in template: LoadedTemplate, stack: [Shape]) -> Shape? {
        let name = tag.name
        if name == "." { return stack.last ?? .unknown }
        if name.contains("(") {
            report(tag, in: template, "transforms such as '\(name)' are not supported; compute the value in the view model")
            return nil
        }
        let segments = name.split(separator: ".").map(String.init)
        guard let first = segments.first else { return nil }
        let candidates = name.hasPrefix(".") ? Array(stack.suffix(1)) : stack
        var found: Shape?
        for (index, context) in candidates.enumerated().reversed() {
            if context == .unknown { return .unknown }
            if case .object(let object) = context, let child = object[first] {
                found = child
                if index == 0, !name.hasPrefix(".") || candidates.count == 1 {
                    rootNames.insert(segments.prefix(2).joined(separator: "."))
                }
                break
            }
        }
        guard var shape = found else {
            let names = Set(candidates.flatMap(\.keys))
            report(tag, in: template, "unknown name '\(first)'\(NameSuggestion.didYouMean(first, in: names))")
            return nil
        }
        for segment in segments.dropFirst() {
            switch shape {
            case .unknown, .null:
                return .unknown
            case .object(let object):
                guard let child = object[segment] else {
                    report(tag, in: template, "'\(name)': no '\(segment)' here\(NameSuggestion.didYouMean(segment, in: object.keys))")
                    return nil
                }
                shape = child
            default:
                report(tag, in: template, "'\(name)': '\(segment)' is looked up on \(shape.kindName), which has no names")
                return nil
            }
        }
        return shape
    }

    private mutating func report(_ tag: Tag, in template: LoadedTemplate, _ message: String) {
        problems.append(TemplateProblem(file: template.file.path, line: tag.line, column: tag.column, message: message))
    }
}

private extension Shape {
    /// The context a section pushes: a list's element, or the value itself.
    var sectionContext: Shape {
        switch self {
        case .list(let element): element
        case .null: .unknown
        default: self
        }
    }
}
