import ReportDiagnostics

extension TemplateLibrary {
    /// Renders `name` with `value`, strictly.
    /// - Throws: `DiagnosticError` with every problem of the render.
    public func render(_ name: String, with value: ViewValue) throws -> String {
        try render(name, with: value, mode: .strict).output
    }

    /// Renders `name` with `value` and tells what the render read.
    /// - Throws: `DiagnosticError` with every problem of the render (strict), or when the
    ///   template is missing or, compiled now, has syntax errors.
    public func render(_ name: String, with value: ViewValue, mode: RenderMode) throws -> Rendering {
        var renderer = Renderer(templates: templates, mode: mode, root: value)
        renderer.render(try template(name))
        guard renderer.diagnostics.isEmpty else { throw DiagnosticError(renderer.diagnostics) }
        return Rendering(output: renderer.output, templates: renderer.used)
    }

    /// The compiled template called `name`, compiling a deferred one now.
    private func template(_ name: String) throws -> CompiledTemplate {
        if let template = templates[name] { return template }
        if let file = deferred[name] { return try Self.compile(file).get() }
        let location = SourceLocation(file: "\(displayName)/\(name).mustache", line: 1, column: 1)
        let suggestion = NameSuggestion.didYouMean(name, in: files.keys)
        throw DiagnosticError([.error("template '\(name)' is missing\(suggestion)", at: location)])
    }
}
