/// One template file as loaded: its name, its text and any front matter.
public struct TemplateFile: Sendable, Hashable {
    /// The name used to render it and in partial tags: the path under Templates/ without
    /// `.mustache`, e.g. `briefings/h20.md` or `partials/figure.html`.
    public let name: String
    /// The path shown in messages, e.g. `Templates/briefings/h20.md.mustache`.
    public let path: String
    /// The whole file.
    public let text: String
    /// The YAML between the opening `---` lines, when the file has front matter.
    public let frontMatter: String?
    /// The 1-based line where the front matter's YAML starts.
    public let frontMatterLine: Int
    /// The UTF-8 offset where the template after the front matter starts.
    let bodyOffset: Int
    /// The 1-based line of `bodyOffset`.
    let bodyLine: Int

    /// Whether the template renders Markdown (its name ends in `.md`).
    public var isMarkdown: Bool { name.hasSuffix(".md") }
}
