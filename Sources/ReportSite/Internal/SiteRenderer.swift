import Foundation
import ReportCharts
import ReportMarkdown
import ReportModel
import ReportTemplates

/// Renders the output files of a site in memory: every file, or, given the last build's
/// manifest, only those whose inputs changed.
struct SiteRenderer {
    struct Rendered {
        /// The bytes of every file produced by this run (unchanged pages are not re-rendered).
        var files: [String: Data]
        /// What every output (re-rendered or kept) depends on.
        var manifest: Manifest
        var pages: Int
        var rendered: Int
        var warnings: [String]
    }

    let options: BuildOptions
    /// The last build's manifest; nil renders everything.
    var previous: Manifest?

    func render() throws -> Rendered {
        var clock = PhaseClock()
        let (project, templates) = try load()
        clock.lap("load Data/ and Templates/")
        let (charts, chartMessages) = plotCharts(project)
        clock.lap("draw charts")
        let chartPrints = Dictionary(charts.map { ($0.chart.id, Self.fingerprint($0, project: project)) }, uniquingKeysWith: { first, _ in first })
        var graph = DependencyGraph(project: project, templates: templates, charts: chartPrints)
        let view = ProjectView(project: project)
        var plan = SitePlan(project: project, templates: templates, view: view)
        let pages = plan.pages()
        clock.lap("plan pages")
        var messages = plan.messages + chartMessages
        let renderer = PageRenderer(
            project: project, templates: templates, shared: PreparedValue(view.value), navigation: Self.navigation(pages), charts: charts,
            roots: Set(pages.map(\.root))
        )
        var files: [String: Data] = [:]
        var outputs: [String: Manifest.Output] = [:]
        func record(_ key: String, dependencies: [String], cited: [String], _ produced: [String: Data]) {
            files.merge(produced) { _, new in new }
            outputs[key] = Manifest.Output(
                dependencies: Set(dependencies).sorted(), dependencyHash: graph.hash(dependencies),
                files: produced.mapValues(Self.contentHash), cited: cited
            )
        }
        for chart in charts {
            record("charts/\(chart.chart.id).svg", dependencies: ["chart:\(chart.chart.id)"], cited: [], ["charts/\(chart.chart.id).svg": Data(chart.chart.svg.utf8)])
        }
        var citations = CitationIndex()
        var stale: [Page] = []
        for page in pages where page.path != SitePlan.sourcesPath {
            if let old = unchanged(page.path, graph) {
                outputs[page.path] = old
                citations.add(page: page, sources: old.cited)
            } else {
                stale.append(page)
            }
        }
        let results = stale.isEmpty ? [] : ParallelMap.map(stale, progress: options.progress, total: pages.count) { page in
            Result { try renderer.render(page) }
        }
        var rendered = 0
        func keep(_ page: Page, _ result: Result<PageRenderer.Result, any Error>, dependencies: (PageRenderer.Result) -> [String]) {
            switch result {
            case .success(let result):
                rendered += 1
                citations.add(page: page, sources: result.cited)
                record(page.path, dependencies: dependencies(result), cited: result.cited, [
                    page.path + ".md": Data(result.markdown.utf8), page.path + ".html": Data(result.html.utf8),
                ])
            case .failure(let error as TemplateError):
                messages += error.problems.map(\.description)
            case .failure(let error):
                messages.append("error: \(page.path): \(error)")
            }
        }
        for (page, result) in zip(stale, results) {
            keep(page, result) { result in
                result.names.flatMap { graph.keys(forRootName: $0, page: page) } + result.templates
                    + result.cited.map { "source:\($0)" } + DependencyGraph.always
            }
        }
        if let sourcesPage = pages.first(where: { $0.path == SitePlan.sourcesPath }) {
            let order = Dictionary(pages.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
            graph.extra["citations"] = citations.fingerprint(order: order)
            if let old = unchanged(sourcesPage.path, graph) {
                outputs[sourcesPage.path] = old
            } else {
                let page = sourcesPage.with(item: ["sources": .list(project.sources.map { citations.view(of: $0, in: view, root: sourcesPage.root, order: order) })])
                keep(sourcesPage, Result { try renderer.render(page) }) { result in
                    result.names.flatMap { graph.keys(forRootName: $0, page: sourcesPage) } + result.templates + DependencyGraph.always
                }
            }
        }
        options.progress?(pages.count, pages.count)
        clock.lap("render \(rendered) pages")
        guard messages.isEmpty else { throw BuildFailure(.invalidInput, BuildFailure.sorted(messages)) }
        record("assets", dependencies: [], cited: [], try assets())
        let manifest = Manifest(
            version: ReportVersion.string, inputs: InputScan.stats(of: [options.data, options.templates], root: options.root),
            outputs: outputs
        )
        clock.lap("manifest")
        let lint = options.lint ? templates.names(withPrefix: "briefings/").compactMap { templates.files[$0] }.flatMap { QuantityLint.warnings(in: $0) } : []
        clock.lap("lint")
        return Rendered(files: files, manifest: manifest, pages: pages.count, rendered: rendered, warnings: project.warnings.map(\.description) + lint)
    }

    /// The last build's record of an output whose inputs have not changed and whose files are
    /// still there; nil when it must be rendered.
    private func unchanged(_ key: String, _ graph: DependencyGraph) -> Manifest.Output? {
        guard let old = previous?.outputs[key], graph.hash(old.dependencies) == old.dependencyHash,
              old.files.keys.allSatisfy({ FileManager.default.fileExists(atPath: options.output.appendingPathComponent($0).path) })
        else { return nil }
        return old
    }

    static func contentHash(_ data: Data) -> String {
        var hash = StableHash()
        hash.combine(data)
        return hash.hex
    }

    /// A chart's fingerprint: its drawing and everything its Markdown says.
    static func fingerprint(_ chart: PlottedChart, project: Project) -> UInt64 {
        var hash = StableHash()
        hash.combine(chart.chart.svg)
        hash.combine(ChartMarkdown.markdown(chart, project: project, root: ""))
        return hash.value
    }

    private func load() throws -> (Project, TemplateLibrary) {
        let fileManager = FileManager.default
        var missing: [String] = []
        var isFolder: ObjCBool = false
        if !fileManager.fileExists(atPath: options.root.path, isDirectory: &isFolder) {
            missing.append("error: no such folder: \(options.root.path)")
        } else if !isFolder.boolValue {
            missing.append("error: \(options.root.path) is a file, not a project folder")
        }
        for folder in [options.data, options.templates] where missing.isEmpty {
            if !fileManager.fileExists(atPath: folder.path, isDirectory: &isFolder) {
                missing.append("error: no \(folder.lastPathComponent)/ folder in \(options.root.path)")
            } else if !isFolder.boolValue {
                missing.append("error: \(folder.path) is a file, not a folder")
            }
        }
        guard missing.isEmpty else { throw BuildFailure(.missingInput, missing) }
        var messages: [String] = []
        var project: Project?
        var templates: TemplateLibrary?
        var clock = PhaseClock()
        do {
            project = try Project.load(from: options.data)
        } catch let error as DiagnosticError {
            messages += error.errors.map(\.description)
        }
        clock.lap("  load Data/")
        do {
            templates = try TemplateLibrary(directory: options.templates)
        } catch let error as TemplateError {
            messages += error.problems.map(\.description)
        }
        clock.lap("  load Templates/")
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

    /// The pages every page links to: the index and the generated overviews. Briefings are
    /// listed on the index, so the navigation stays the same size however many there are.
    private static func navigation(_ pages: [Page]) -> [Page] {
        pages.filter { ["index", "compare", "timeline", SitePlan.sourcesPath].contains($0.path) }
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
