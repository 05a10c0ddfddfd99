import ReportDiagnostics
import ReportTemplates
import Testing

/// Builds a library from inline templates.
func library(_ templates: [String: String]) throws -> TemplateLibrary {
    try TemplateLibrary(sources: templates.sorted { $0.key < $1.key }.map { (path: $0.key, text: $0.value) })
}

/// The `file:line:col: error: message` lines of what `work` throws; empty when it does not throw.
func diagnostics(_ work: () throws -> Void) -> [String] {
    do {
        try work()
        return []
    } catch let error as DiagnosticError {
        return error.diagnostics.map(\.description)
    } catch {
        return ["unexpected error: \(error)"]
    }
}

/// Asserts that rendering fails with exactly these `file:line:col: error: message` lines.
func expectProblems(
    _ library: TemplateLibrary, _ name: String, _ value: ViewValue, _ expected: [String],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let found = diagnostics { _ = try library.render(name, with: value) }
    #expect(found == expected, sourceLocation: sourceLocation)
}

/// Renders inline templates in lenient mode, the Mustache spec's behaviour; partials by name.
func lenient(_ template: String, _ value: ViewValue, partials: [String: String] = [:]) throws -> String {
    let templates = try library(partials.merging(["spec-template": template]) { _, own in own })
    return try templates.render("spec-template", with: value, mode: .lenient).output
}
