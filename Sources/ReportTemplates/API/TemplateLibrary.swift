import Foundation
import ReportDiagnostics

/// The templates of a project, compiled and ready to render strictly.
public struct TemplateLibrary: Sendable {
    /// Every template by name (`briefings/h20.md`, `layouts/page.html` ...).
    public let files: [String: TemplateFile]
    let templates: [String: CompiledTemplate]
    /// The folder name shown in messages, e.g. `Templates`.
    let displayName: String

    /// Loads every `*.mustache` file under `directory`.
    /// - Throws: `DiagnosticError` with every syntax error of every file.
    public init(directory: URL, displayName: String = "Templates") throws {
        let root = directory.standardizedFileURL.path
        let paths = (FileManager.default.subpaths(atPath: root) ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
        var sources: [(path: String, text: String)] = []
        var problems: [Diagnostic] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: root + "/" + path),
                  let text = String(data: data, encoding: .utf8) else {
                let location = SourceLocation(file: "\(displayName)/\(path)", line: 1, column: 1)
                problems.append(.error("cannot read the file as UTF-8", at: location))
                continue
            }
            sources.append((path, text))
        }
        try self.init(sources: sources, displayName: displayName, problems: problems)
    }

    /// Loads templates from memory: pairs of a path under the templates folder and its text.
    /// - Throws: `DiagnosticError` with every syntax error of every file.
    public init(sources: [(path: String, text: String)], displayName: String = "Templates") throws {
        try self.init(sources: sources, displayName: displayName, problems: [])
    }

    private init(sources: [(path: String, text: String)], displayName: String, problems: [Diagnostic]) throws {
        var problems = problems
        var templates: [String: CompiledTemplate] = [:]
        for source in sources {
            let file = TemplateFile.make(path: source.path, text: source.text, displayName: displayName)
            switch file.compiled() {
            case .success(let template):
                templates[file.name] = template
            case .failure(let error):
                problems += error.problems.map { problem in
                    let location = SourceLocation(file: file.path, line: problem.line, column: problem.column)
                    return Diagnostic.error("template syntax: \(problem.message)", at: location)
                }
            }
        }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        self.templates = templates
        self.files = templates.mapValues(\.file)
        self.displayName = displayName
    }

    /// Names of the templates whose name starts with `prefix`, sorted.
    public func names(withPrefix prefix: String) -> [String] {
        files.keys.filter { $0.hasPrefix(prefix) }.sorted()
    }

    /// Escapes text for a Markdown template exactly as `{{name}}` would.
    public static func escapeMarkdown(_ text: String) -> String { Escaper.escapeMarkdown(text) }

    /// Escapes text for an HTML template exactly as `{{name}}` would.
    public static func escapeHTML(_ text: String) -> String { Escaper.escapeHTML(text) }

    /// Briefings are pages only: they cannot be used as partials.
    static let briefingsPrefix = "briefings/"
}
