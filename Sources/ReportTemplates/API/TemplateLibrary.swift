import Foundation
import ReportDiagnostics

/// The templates of a project, compiled and ready to render strictly.
public struct TemplateLibrary: Sendable {
    /// Every template by name (`briefings/h20.md`, `layouts/page.html` ...).
    public let files: [String: TemplateFile]
    let templates: [String: CompiledTemplate]
    /// Templates read but compiled only when rendered (see `deferring`).
    let deferred: [String: TemplateFile]
    /// The folder name shown in messages, e.g. `Templates`.
    let displayName: String

    /// Loads every `*.mustache` file under `directory`. Templates whose name starts with
    /// `deferredPrefix` (briefings, say, which are many and never partials) are compiled when
    /// first rendered, so a build that renders a few of them compiles only those; `problems()`
    /// compiles the rest when every syntax error is wanted.
    /// - Throws: `DiagnosticError` with every syntax error of every file compiled now.
    public init(directory: URL, displayName: String = "Templates", deferredPrefix: String? = nil) throws {
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
        try self.init(sources: sources, displayName: displayName, problems: problems, deferredPrefix: deferredPrefix)
    }

    /// Loads templates from memory: pairs of a path under the templates folder and its text.
    /// - Throws: `DiagnosticError` with every syntax error of every file.
    public init(sources: [(path: String, text: String)], displayName: String = "Templates") throws {
        try self.init(sources: sources, displayName: displayName, problems: [], deferredPrefix: nil)
    }

    private init(
        sources: [(path: String, text: String)], displayName: String, problems: [Diagnostic],
        deferredPrefix: String?
    ) throws {
        var problems = problems
        var templates: [String: CompiledTemplate] = [:]
        var deferred: [String: TemplateFile] = [:]
        for source in sources {
            let file = TemplateFile.make(path: source.path, text: source.text, displayName: displayName)
            if let deferredPrefix, file.name.hasPrefix(deferredPrefix), !file.name.hasPrefix("partials/") {
                deferred[file.name] = file
                continue
            }
            switch Self.compile(file) {
            case .success(let template): templates[file.name] = template
            case .failure(let error): problems += error.diagnostics
            }
        }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        self.templates = templates
        self.deferred = deferred
        self.files = templates.mapValues(\.file).merging(deferred) { first, _ in first }
        self.displayName = displayName
    }

    /// Compiles every deferred template; returns their syntax errors.
    public func problems() -> [Diagnostic] {
        deferred.keys.sorted().flatMap { name -> [Diagnostic] in
            guard case .failure(let error) = Self.compile(deferred[name]!) else { return [] }
            return error.diagnostics
        }
    }

    /// A template compiled now, or its syntax errors as located diagnostics.
    static func compile(_ file: TemplateFile) -> Result<CompiledTemplate, DiagnosticError> {
        file.compiled().mapError { error in
            DiagnosticError(error.problems.map { problem in
                let location = SourceLocation(file: file.path, line: problem.line, column: problem.column)
                return Diagnostic.error("template syntax: \(problem.message)", at: location)
            })
        }
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
