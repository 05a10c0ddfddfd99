import Foundation
import Mustache

/// The templates of a project, loaded, parsed and ready to render strictly.
public struct TemplateLibrary: Sendable {
    /// Every template by name (`briefings/h20.md`, `layouts/page.html` ...).
    public let files: [String: TemplateFile]
    let templates: [String: LoadedTemplate]
    let mustache: MustacheLibrary

    /// Loads every `*.mustache` file under `directory`.
    /// - Throws: `TemplateError` with every parse error found.
    public init(directory: URL, displayName: String = "Templates") throws {
        let root = directory.standardizedFileURL.path
        let paths = (FileManager.default.subpaths(atPath: root) ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
        var sources: [(String, String)] = []
        var problems: [TemplateProblem] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: root + "/" + path), let text = String(data: data, encoding: .utf8) else {
                problems.append(TemplateProblem(file: "\(displayName)/\(path)", line: 1, column: 1, message: "cannot read the file as UTF-8"))
                continue
            }
            sources.append((path, text))
        }
        try self.init(sources: sources, displayName: displayName, problems: problems)
    }

    /// Loads templates from memory: pairs of a path under Templates/ and its text.
    public init(sources: [(path: String, text: String)], displayName: String = "Templates") throws {
        try self.init(sources: sources.map { ($0.path, $0.text) }, displayName: displayName, problems: [])
    }

    private init(sources: [(String, String)], displayName: String, problems: [TemplateProblem]) throws {
        MarkdownContentType.registered
        var problems = problems
        var files: [String: TemplateFile] = [:]
        var templates: [String: LoadedTemplate] = [:]
        var mustache = MustacheLibrary()
        let parsed = Parsing.concurrently(sources) { path, text in Self.parse(TemplateFile.make(path: path, text: text, displayName: displayName)) }
        for result in parsed {
            switch result {
            case .success(let (template, whole)):
                files[template.file.name] = template.file
                templates[template.file.name] = template
                if let whole { mustache.register(whole, named: template.file.name) }
            case .failure(let problem):
                problems.append(problem)
            }
        }
        guard problems.isEmpty else { throw TemplateError(problems) }
        self.files = files
        self.templates = templates
        self.mustache = mustache
    }

    /// Parses one file: into pieces to render, and whole to serve as a partial. Briefings are
    /// only scanned for tags here; they are parsed when rendered.
    private static func parse(_ file: TemplateFile) -> Result<(LoadedTemplate, MustacheTemplate?), TemplateProblem> {
        let isBriefing = file.name.hasPrefix(briefingsPrefix)
        let tags = isBriefing ? [] : TagScanner.tags(in: file.text)
        var chunks: [MustacheTemplate]?
        var whole: MustacheTemplate?
        do {
            if !isBriefing {
                chunks = try parseChunks(file, tags: tags)
                whole = try MustacheTemplate(string: file.mustacheText)
            }
        } catch let problem as TemplateProblem {
            return .failure(problem)
        } catch let error as MustacheTemplate.ParserError {
            return .failure(file.problem(for: error, lineOffset: 0, pragmaShift: file.isMarkdown))
        } catch {
            return .failure(TemplateProblem(file: file.path, line: 1, column: 1, message: "\(error)"))
        }
        let template = LoadedTemplate(file: file, tree: isBriefing ? nil : TagScanner.tree(tags), scanned: !isBriefing, chunks: chunks)
        return .success((template, whole))
    }

    /// The template's pieces, parsed; a syntax error becomes a located problem.
    static func parseChunks(_ file: TemplateFile, tags: [Tag]) throws -> [MustacheTemplate] {
        var chunks: [MustacheTemplate] = []
        for chunk in file.chunks(tags: tags) {
            do {
                chunks.append(try MustacheTemplate(string: chunk.text))
            } catch let error as MustacheTemplate.ParserError {
                throw file.problem(for: error, lineOffset: chunk.firstLine - 1, pragmaShift: chunk.hasPragma)
            } catch {
                throw TemplateProblem(file: file.path, line: chunk.firstLine, column: 1, message: "\(error)")
            }
        }
        return chunks
    }

    /// Briefings are pages only: they are not registered as partials, so they parse in pieces.
    static let briefingsPrefix = "briefings/"

    /// Renders a loaded template piece by piece with the partials of the library, parsing it
    /// first if it has not been.
    func renderChunks(_ template: LoadedTemplate, _ object: Any) throws -> String {
        var chunks = template.chunks ?? []
        if template.chunks == nil {
            do {
                chunks = try Self.parseChunks(template.file, tags: TagScanner.tags(in: template.file.text))
            } catch let problem as TemplateProblem {
                throw TemplateError([problem])
            } catch {
                throw TemplateError([TemplateProblem(file: template.file.path, line: 1, column: 1, message: "\(error)")])
            }
        }
        var output = ""
        for chunk in chunks { output += chunk.render(object, library: mustache) }
        return template.file.isMarkdown ? String(output.drop(while: \.isNewline)) : output
    }

    /// Names of the templates whose name starts with `prefix`, sorted.
    public func names(withPrefix prefix: String) -> [String] {
        files.keys.filter { $0.hasPrefix(prefix) }.sorted()
    }

    /// Every name the template and its partials use that `value` does not offer, every
    /// missing partial or layout, every escaping mistake.
    public func problems(rendering name: String, with value: ViewValue) -> [TemplateProblem] {
        problems(rendering: name, shape: Shape(of: value))
    }

    /// Renders `name` with `value` after the strict check.
    /// - Throws: `TemplateError` with every problem the check found.
    public func render(_ name: String, with value: ViewValue) throws -> String {
        try render(name, shape: Shape(of: value), object: value.mustacheValue).output
    }

    /// Renders `name` with `value`; strict mode checks every tag first.
    public func render(_ name: String, with value: ViewValue, mode: RenderMode) throws -> Rendering {
        let result = try render(name, shape: Shape(of: value), object: value.mustacheValue)
        return Rendering(output: result.output, templates: result.templates, rootNames: result.names)
    }

    func problems(rendering name: String, shape: Shape) -> [TemplateProblem] {
        guard let template = templates[name] else { return [missing(name)] }
        var check = StrictCheck(library: templates)
        check.check(template, stack: [shape])
        return check.problems
    }

    /// The one rendering path: the strict check, then swift-mustache; returns what was read.
    func render(_ name: String, shape: Shape, object: Any) throws -> (output: String, names: Set<String>, templates: Set<String>) {
        guard let template = templates[name] else { throw TemplateError([missing(name)]) }
        var check = StrictCheck(library: templates)
        check.check(template, stack: [shape])
        guard check.problems.isEmpty else { throw TemplateError(check.problems) }
        return (try renderChunks(template, object), check.rootNames, check.templatesUsed)
    }

    private func missing(_ name: String) -> TemplateProblem {
        TemplateProblem(
            file: "Templates/\(name).mustache", line: 1, column: 1,
            message: "template '\(name)' is missing\(NameSuggestion.didYouMean(name, in: templates.keys))"
        )
    }

    /// Escapes text for an HTML template exactly as `{{name}}` would.
    public static func escapeHTML(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            default: output.append(character)
            }
        }
        return output
    }

    /// Escapes text for a Markdown template exactly as `{{name}}` would.
    public static func escapeMarkdown(_ text: String) -> String { MarkdownContentType.escape(text) }
}

extension ViewValue {
    var mustacheValue: Any {
        switch self {
        case .text(let text), .raw(let text): text
        case .bool(let bool): bool
        case .null: NSNull()
        case .list(let items): items.map(\.mustacheValue)
        case .object(let object): object.mapValues(\.mustacheValue)
        case .lookup(let lookup): LookupBox(lookup: lookup)
        }
    }
}

/// Hands swift-mustache's name lookups to a `ViewLookup`.
private struct LookupBox: MustacheParent {
    let lookup: any ViewLookup

    func child(named name: String) -> Any? { lookup.value(named: name)?.mustacheValue }
}
