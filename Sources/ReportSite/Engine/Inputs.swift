import Foundation
import ReportHistory
import ReportModel
import ReportTemplates

/// Data/, Templates/ and the strings table, loaded and checked together, so every problem in
/// any of them is reported in one run.
struct Inputs {
    let site: SiteContext
    /// Warnings from the data and, for `report check`, the briefings' lint.
    let warnings: [Diagnostic]

    static func load(_ options: BuildOptions, lint: Bool) throws -> Inputs {
        try checkFolders(options)
        var diagnostics: [Diagnostic] = []
        var project: Project?
        var templates: TemplateLibrary?
        var strings: Strings?
        do { project = try Project.load(from: options.data, cache: options.recordCache) } catch let error as DiagnosticError { diagnostics += error.diagnostics }
        do {
            // Briefings compile when rendered: an incremental build compiles only those it renders.
            templates = try TemplateLibrary(directory: options.templates, deferredPrefix: "briefings/")
        } catch let error as DiagnosticError {
            diagnostics += error.diagnostics
        }
        let language = project?.settings.language ?? "en"
        do {
            strings = try Strings.load(templates: options.templates, language: language)
        } catch let error as DiagnosticError {
            diagnostics += error.diagnostics
        }
        if lint || project == nil, let templates {
            // Every briefing's syntax errors too, beside the data's (check, or a build that stops here).
            diagnostics += templates.problems()
        }
        try fail(on: diagnostics)
        guard let project, let templates, let strings else { throw BuildFailure(.invalidInput, diagnostics) }
        let history = options.historyReader(writesCache: !lint).read(limit: project.settings.history)
        let site = SiteContext(
            project: project, templates: templates, strings: strings, assets: assets(options.templates), history: history
        )
        var warnings = project.warnings
        if lint {
            warnings += templates.names(withPrefix: "briefings/").compactMap { templates.files[$0] }.flatMap(QuantityLint.warnings)
        }
        return Inputs(site: site, warnings: warnings)
    }

    /// Throws when `diagnostics` hold an error.
    static func fail(on diagnostics: [Diagnostic]) throws {
        guard diagnostics.contains(where: { $0.severity == .error }) else { return }
        throw BuildFailure(.invalidInput, diagnostics)
    }

    private static func checkFolders(_ options: BuildOptions) throws {
        var isFolder: ObjCBool = false
        let manager = FileManager.default
        guard manager.fileExists(atPath: options.root.path, isDirectory: &isFolder) else {
            throw BuildFailure(.missingInput, [.error("no such folder: \(options.root.path)")])
        }
        guard isFolder.boolValue else {
            throw BuildFailure(.missingInput, [.error("\(options.root.path) is a file; --root names the project folder")])
        }
        var missing: [Diagnostic] = []
        for folder in [options.data, options.templates] {
            if !manager.fileExists(atPath: folder.path, isDirectory: &isFolder) {
                missing.append(.error("no \(folder.lastPathComponent)/ folder in \(options.root.path)"))
            } else if !isFolder.boolValue {
                missing.append(.error("\(folder.path) is a file; it must be a folder"))
            }
        }
        guard missing.isEmpty else { throw BuildFailure(.missingInput, missing) }
    }

    /// Static files under Templates/assets/, by path below it; hidden files and templates skipped.
    private static func assets(_ templates: URL) -> [String: Data] {
        let folder = templates.appendingPathComponent("assets")
        var files: [String: Data] = [:]
        for path in (FileManager.default.subpaths(atPath: folder.path) ?? []).sorted() {
            let url = folder.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
                  !path.hasSuffix(".mustache"), !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                  let data = FileManager.default.contents(atPath: url.path) else { continue }
            files[path] = data
        }
        return files
    }
}
