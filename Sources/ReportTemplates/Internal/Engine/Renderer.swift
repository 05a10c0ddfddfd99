import ReportDiagnostics

/// Renders compiled templates against a stack of contexts, collecting every problem of the
/// render (strict mode) instead of stopping at the first; a bad tag renders as nothing.
struct Renderer {
    let templates: [String: CompiledTemplate]
    let mode: RenderMode
    var output = ""
    var diagnostics: [Diagnostic] = []
    /// Every template rendered: the first and each partial or parent reached.
    var used: Set<String> = []
    /// Names resolved on the root context, up to their second segment (`chip.h20`, `chips`).
    /// The contexts, the root first and the innermost section's value last.
    var contexts: [ViewValue]
    /// What standalone partials around the current one put in front of each of their lines.
    var indent = ""
    /// What the override being rendered removes from the start of each of its lines.
    var dedent = ""
    /// Whether nothing has been written on the current line yet.
    var atLineStart = true
    var depth = 0
    /// Block contents passed down by parent tags, by block name; the outermost wins.
    var overrides: [String: Override] = [:]

    /// A block's content as a parent tag gives it, with the template it is written in.
    struct Override {
        let block: TemplateBlock
        let template: CompiledTemplate
    }

    /// How deep partials and parents may nest before the render stops descending.
    static let maximumDepth = 100

    init(templates: [String: CompiledTemplate], mode: RenderMode, root: ViewValue) {
        self.templates = templates
        self.mode = mode
        self.contexts = [root]
    }

    mutating func render(_ template: CompiledTemplate) {
        used.insert(template.file.name)
        render(template.nodes, in: template)
    }

    mutating func render(_ nodes: [TemplateNode], in template: CompiledTemplate) {
        for node in nodes { render(node, in: template) }
    }

    private mutating func render(_ node: TemplateNode, in template: CompiledTemplate) {
        switch node {
        case .text(let text):
            writeTemplateText(text)
        case .variable(let tag, let escaped):
            interpolate(tag, escaped: escaped, in: template)
        case .section(let tag, let nodes):
            renderSection(tag, nodes, in: template)
        case .inverted(let tag, let nodes):
            renderInverted(tag, nodes, in: template)
        case .partial(let tag):
            include(tag, blocks: [:], from: template)
        case .parent(let tag, let blocks):
            include(tag, blocks: blocks, from: template)
        case .block(let tag, let nodes):
            renderBlock(tag, nodes, in: template)
        case .unsupported(let tag, let reason):
            if mode == .strict { report(reason, at: tag, in: template) }
        }
    }

    mutating func report(_ message: String, at tag: TemplateTag, in template: CompiledTemplate) {
        let location = SourceLocation(file: template.file.path, line: tag.line, column: tag.column)
        diagnostics.append(.error(message, at: location))
    }
}
