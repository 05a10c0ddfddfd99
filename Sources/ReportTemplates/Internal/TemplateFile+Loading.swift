extension TemplateFile {
    /// A file named by its path under the templates folder; front matter is split off here.
    static func make(path: String, text: String, displayName: String) -> TemplateFile {
        let name = path.hasSuffix(".mustache") ? String(path.dropLast(".mustache".count)) : path
        let bytes = Array(text.utf8)
        let split = FrontMatter.split(bytes)
        return TemplateFile(
            name: name, path: "\(displayName)/\(path)", text: text,
            frontMatter: split.map { String(decoding: bytes[$0.yaml], as: UTF8.self) }, frontMatterLine: 2,
            bodyOffset: split?.bodyOffset ?? 0, bodyLine: split?.bodyLine ?? 1
        )
    }

    /// The template compiled (or taken from the process-wide cache); syntax errors located in the file.
    func compiled() -> Result<CompiledTemplate, TemplateSyntaxError> {
        let result = TemplateCache.shared.nodes(for: text) {
            TemplateParser.parse(Array(text.utf8), start: bodyOffset, line: bodyLine)
        }
        return result.map { CompiledTemplate(file: self, nodes: $0, escaper: Escaper(templateName: name)) }
    }
}
