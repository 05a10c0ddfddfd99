import Foundation
import ReportMarkdown
import ReportModel
import ReportTemplates

/// Renders every output file of a site in memory.
struct SiteRenderer {
    struct Rendered {
        var files: [String: Data]
        var pages: Int
        var warnings: [String]
    }

    let options: BuildOptions

    func render() throws -> Rendered {
        let (project, templates) = try load()
        let view = ProjectView(project: project)
        var plan = SitePlan(project: project, templates: templates, view: view)
        let pages = plan.pages()
        var messages = plan.messages
        let shared = PreparedValue(view.value)
        let navigation = Self.navigation(pages)
        var files: [String: Data] = [:]
        var citations = CitationIndex()
        for page in pages where page.path != SitePlan.sourcesPath {
            do {
                let (markdown, html, cited) = try render(page, shared: shared, navigation: navigation, project: project, templates: templates)
                files[page.path + ".md"] = Data(markdown.utf8)
                files[page.path + ".html"] = Data(html.utf8)
                citations.add(page: page, sources: cited)
            } catch let error as TemplateError {
                messages += error.problems.map(\.description)
            }
        }
        if let sourcesPage = pages.first(where: { $0.path == SitePlan.sourcesPath }) {
            let page = sourcesPage.with(item: ["sources": .list(project.sources.map { citations.view(of: $0, in: view, root: sourcesPage.root) })])
            do {
                let (markdown, html, _) = try render(page, shared: shared, navigation: navigation, project: project, templates: templates)
                files[page.path + ".md"] = Data(markdown.utf8)
                files[page.path + ".html"] = Data(html.utf8)
            } catch let error as TemplateError {
                messages += error.problems.map(\.description)
            }
        }
        guard messages.isEmpty else { throw BuildFailure(.invalidInput, BuildFailure.sorted(messages)) }
        files.merge(try assets(), uniquingKeysWith: { _, asset in asset })
        return Rendered(files: files, pages: pages.count, warnings: project.warnings.map(\.description))
    }

    private func load() throws -> (Project, TemplateLibrary) {
        let fileManager = FileManager.default
        var missing: [String] = []
        for folder in [options.data, options.templates] where !fileManager.fileExists(atPath: folder.path) {
            missing.append("error: no \(folder.lastPathComponent)/ folder in \(options.root.path)")
        }
        guard missing.isEmpty else { throw BuildFailure(.missingInput, missing) }
        var messages: [String] = []
        var project: Project?
        var templates: TemplateLibrary?
        do {
            project = try Project.load(from: options.data)
        } catch let error as DiagnosticError {
            messages += error.errors.map(\.description)
        }
        do {
            templates = try TemplateLibrary(directory: options.templates)
        } catch let error as TemplateError {
            messages += error.problems.map(\.description)
        }
        guard let project, let templates else { throw BuildFailure(.invalidInput, BuildFailure.sorted(messages)) }
        return (project, templates)
    }

    private func render(_ page: Page, shared: PreparedValue, navigation: [Page], project: Project, templates: TemplateLibrary) throws -> (String, String, [String]) {
        let context = shared.adding("page", page.view).adding("item", page.item)
        let body = try templates.render(page.template, with: context)
        let (markdown, cited) = Footnotes.appendingDefinitions(to: body, project: project, root: page.root)
        let document = Markdown.html(from: markdown, options: page.rawHTML ? [.smartPunctuation, .unsafeHTML] : .default)
        let layout = shared.adding("page", page.view).adding("content", .raw(document.html))
            .adding("toc", .list(document.headings.filter { $0.level == 2 }.map { ["id": .text($0.id), "text": .text($0.text)] }))
            .adding("nav", .list(navigation.map { ["title": .text($0.path == "index" ? "Overview" : $0.title), "path": .text($0.path + ".html"), "current": .bool($0.path == page.path)] }))
        let html = try templates.render("layouts/page.html", with: layout)
        return (markdown, html, cited)
    }

    /// The pages every page links to: the index, the briefings, the generated overviews.
    private static func navigation(_ pages: [Page]) -> [Page] {
        pages.filter { !$0.path.hasPrefix("chips/") && !$0.path.hasPrefix("vendors/") }
    }

    /// Static files under Templates/assets/, copied as they are.
    private func assets() throws -> [String: Data] {
        let folder = options.templates.appendingPathComponent("assets")
        var files: [String: Data] = [:]
        for path in (FileManager.default.subpaths(atPath: folder.path) ?? []).sorted() {
            let url = folder.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !path.hasSuffix(".mustache"), !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                  let data = FileManager.default.contents(atPath: url.path) else { continue }
            files["assets/" + path] = data
        }
        return files
    }
}
