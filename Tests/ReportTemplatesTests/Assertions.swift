import Testing
import ReportTemplates

/// Builds a library from inline templates.
func library(_ templates: [String: String]) throws -> TemplateLibrary {
    try TemplateLibrary(sources: templates.sorted { $0.key < $1.key }.map { (path: $0.key, text: $0.value) })
}

/// Asserts that rendering fails with exactly these `file:line:col: error: message` lines.
func expectProblems(
    _ library: TemplateLibrary, _ name: String, _ value: ViewValue, _ expected: [String],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(throws: (any Error).self, sourceLocation: sourceLocation) { try library.render(name, with: value) }
    #expect(library.problems(rendering: name, with: value).sorted().map(\.description) == expected, sourceLocation: sourceLocation)
}
