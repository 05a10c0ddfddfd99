/// A template file with its compiled nodes, ready to render.
struct CompiledTemplate: Sendable {
    let file: TemplateFile
    let nodes: [TemplateNode]
    /// How `{{name}}` escapes text: by the template's kind, Markdown for `.md`, HTML otherwise.
    let escaper: Escaper
}
