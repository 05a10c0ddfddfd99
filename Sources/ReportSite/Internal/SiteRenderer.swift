import Foundation
import ReportCharts
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
        let (charts, chartMessages) = plotCharts(project)
        let view = ProjectView(project: project)
        var plan = SitePlan(project: project, templates: templates, view: view)
        let pages = plan.pages()
        var messages = plan.messages + chartMessages
        let shared = PreparedValue(view.value)
        let navigation = Self.navigation(pages)
        var files: [String: Data] = [:]
        for chart in charts { files["charts/\(chart.chart.id).svg"] = Data(chart.chart.svg.utf8) }
        let renderer = PageRenderer(project: project, templates: templates, shared: shared, navigation: navigation, charts: charts)
        var citations = CitationIndex()
        for page in pages where page.path != SitePlan.sourcesPath {
            do {
                let (markdown, html, cited) = try renderer.render(page)
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
                let (markdown, html, _) = try renderer.render(page)
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

    /// Draws every declared chart; a chart that cannot be drawn is an error at its declaration.
    private func plotCharts(_ project: Project) -> ([PlottedChart], [String]) {
        let factory = ChartFactory(project: project)
        var charts: [PlottedChart] = []
        var messages: [String] = []
        for declaration in project.charts {
            do {
                charts.append(try factory.plot(declaration))
            } catch let error as ChartError {
                messages += Self.reasons(error).map { "\(declaration.location): error: chart '\(declaration.id)': \($0)" }
            } catch {
                messages.append("\(declaration.location): error: chart '\(declaration.id)': \(error)")
            }
        }
        return (charts, messages)
    }

    private static func reasons(_ error: ChartError) -> [String] {
        switch error {
        case .noData: ["no figures to plot: the chips, series or events it names have none"]
        case .invalidData(_, let problems): problems
        case .invalidSize(_, let width, let height): ["canvas \(width)×\(height) is too small"]
        }
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
