/// A compiled template: text and tags, sections holding their contents.
indirect enum TemplateNode: Sendable {
    /// Text written as is (indented inside a standalone partial).
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`.
    case variable(TemplateTag, escaped: Bool)
    /// `{{#name}}...{{/name}}`.
    case section(TemplateTag, [TemplateNode])
    /// `{{^name}}...{{/name}}`.
    case inverted(TemplateTag, [TemplateNode])
    /// `{{>name}}`; a standalone partial carries its indentation in the tag.
    case partial(TemplateTag)
    /// `{{<name}}...{{/name}}`: the blocks it overrides, by name.
    case parent(TemplateTag, blocks: [String: TemplateBlock])
    /// `{{$name}}default{{/name}}`.
    case block(TemplateTag, [TemplateNode])
    /// A tag this engine does not support (pragmas, dynamic names, transforms): an error when strict.
    case unsupported(TemplateTag, reason: String)
}
