import Foundation
import ReportCharts
import ReportHistory
import ReportModel
import ReportTemplates

/// Everything a build's producers read: the model, the templates, the strings, the drawn
/// charts, the briefings found under Templates/briefings/. Made once per build, then only read.
struct SiteContext: Sendable {
    let project: Project
    let templates: TemplateLibrary
    let strings: Strings
    let model: ViewModel
    let charts: [PlottedChart]
    /// One page per briefing template, in the order the index lists them.
    let briefings: [Page]
    /// Static files under Templates/assets/, by path below it.
    let assets: [String: Data]
    let renderer: PageRenderer
    /// Which briefings discuss each chip and vendor.
    let discussions: Discussions
    /// Problems found while planning (briefings' front matter, charts, missing templates).
    let diagnostics: [Diagnostic]

    init(
        project: Project, templates: TemplateLibrary, strings: Strings, assets: [String: Data],
        history: DataHistory = .unavailable("")
    ) {
        self.project = project
        self.templates = templates
        self.strings = strings
        self.assets = assets
        model = ViewModel(project: project, strings: strings, history: history)
        var diagnostics = Self.missingTemplates(templates)
        let (charts, chartProblems) = Self.plot(project)
        self.charts = charts
        diagnostics += chartProblems
        let (briefings, briefingProblems) = Self.briefings(templates, strings: strings)
        self.briefings = briefings
        discussions = Discussions(briefings: briefings, templates: templates, project: project)
        self.diagnostics = diagnostics + briefingProblems
        let roots = Set(["", "../"])
        let chartViews = Dictionary(uniqueKeysWithValues: roots.map { root in
            (root, Dictionary(charts.map {
                ($0.chart.id, ChartMarkdown.view($0, project: project, strings: strings, root: root))
            }, uniquingKeysWith: { first, _ in first }))
        })
        renderer = PageRenderer(
            model: model, templates: templates, strings: strings, navigation: Self.navigation(strings),
            chartViews: chartViews, chartIDs: charts.map(\.chart.id),
            chartSVGs: Dictionary(charts.map { ($0.chart.id, $0.chart.svg) }, uniquingKeysWith: { first, _ in first })
        )
    }

    /// A chart's fingerprint: its drawing and everything its Markdown says.
    func chartFingerprint(_ chart: PlottedChart) -> UInt64 {
        var hash = StableHash()
        hash.combine(chart.chart.svg)
        hash.combine(ChartMarkdown.markdown(chart, project: project, strings: strings, root: ""))
        return hash.value
    }

    /// The templates the site's own pages need.
    static let pageTemplates = [
        "pages/index.md", "pages/chip.md", "pages/vendor.md", "pages/compare.md", "pages/timeline.md",
        "pages/sources.md", "pages/changes.md", "layouts/page.html", "pages/chips.md", "pages/vendors.md",
        "pages/search.md",
    ]

    private static func missingTemplates(_ templates: TemplateLibrary) -> [Diagnostic] {
        pageTemplates.filter { templates.files[$0] == nil }.map {
            let place = SourceLocation(file: "Templates/\($0).mustache", line: 1, column: 1)
            return .error("the site needs this template; it is missing", at: place)
        }
    }

    /// The pages every page links to.
    private static func navigation(_ strings: Strings) -> [Page] {
        [
            Page(kind: .index, path: "index", template: "", title: strings[.navBriefings], summary: ""),
            Page(kind: .chipIndex, path: "chips/index", template: "", title: strings[.navChips], summary: ""),
            Page(kind: .vendorIndex, path: "vendors/index", template: "", title: strings[.navVendors], summary: ""),
            Page(kind: .compare, path: "compare", template: "", title: strings[.navCompare], summary: ""),
            Page(kind: .timeline, path: "timeline", template: "", title: strings[.timelineTitle], summary: ""),
            Page(kind: .sources, path: "sources", template: "", title: strings[.sourcesTitle], summary: ""),
            Page(kind: .search, path: "search", template: "", title: strings[.navSearch], summary: ""),
        ]
    }

    /// Draws every declared chart; a chart that cannot be drawn is an error at its declaration.
    private static func plot(_ project: Project) -> ([PlottedChart], [Diagnostic]) {
        let factory = ChartFactory(project: project)
        var charts: [PlottedChart] = []
        var problems: [Diagnostic] = []
        for declaration in project.charts {
            do {
                charts.append(try factory.plot(declaration))
            } catch let error as ChartError {
                problems += reasons(error).map { .error("chart '\(declaration.id)': \($0)", at: declaration.location) }
            } catch {
                problems.append(.error("chart '\(declaration.id)': \(error)", at: declaration.location))
            }
        }
        return (charts, problems)
    }

    private static func reasons(_ error: ChartError) -> [String] {
        switch error {
        case .noData: ["no figures to plot: the chips, series or events it names have none"]
        case .invalidData(_, let problems): problems
        case .invalidSize(_, let width, let height): ["canvas \(width)×\(height) is too small"]
        }
    }

    /// Each briefing's parsed front matter, by its text and place.
    private static let frontMatter = TextMemo<Result<BriefingMetadata, DiagnosticError>>()

    /// A page per briefing template, ordered by front matter `order`, then title. Front matter
    /// is read on every core: a site may have thousands of briefings.
    private static func briefings(_ templates: TemplateLibrary, strings: Strings) -> ([Page], [Diagnostic]) {
        let names = templates.names(withPrefix: "briefings/").filter { $0.hasSuffix(".md") }
        let read = ParallelMap.map(names, progress: nil, total: names.count) { name in
            templates.files[name].map { briefing($0, name: name, strings: strings) }
        }
        var pages: [(BriefingMetadata, Page)] = []
        var problems: [Diagnostic] = []
        for result in read {
            switch result {
            case .success(let page)?: pages.append(page)
            case .failure(let error)?: problems += error.diagnostics
            case nil: continue
            }
        }
        return (pages.sorted { ($0.0.order, $0.0.title) < ($1.0.order, $1.0.title) }.map(\.1), problems)
    }

    /// One briefing's page, from its file's front matter and name.
    private static func briefing(
        _ file: TemplateFile, name: String, strings: Strings
    ) -> Result<(BriefingMetadata, Page), DiagnosticError> {
        let start = SourceLocation(file: file.path, line: 1, column: 1)
        guard let frontMatter = file.frontMatter else {
            return .failure(DiagnosticError([.error("a briefing starts with front matter (---, title, date, summary, ---)", at: start)]))
        }
        let slug = String(name.dropFirst("briefings/".count).dropLast(".md".count))
        guard slug.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }) else {
            return .failure(DiagnosticError([.error("a briefing's file name must be lower-case letters, digits and hyphens", at: start)]))
        }
        let parsed = Self.frontMatter.value(frontMatter, context: "\(file.path):\(file.frontMatterLine)") {
            do {
                return .success(try BriefingMetadata.parse(frontMatter, file: file.path, line: file.frontMatterLine))
            } catch let error as DiagnosticError {
                return .failure(error)
            } catch {
                return .failure(DiagnosticError([.error("\(error)", at: start)]))
            }
        }
        return parsed.map { metadata in
            var page = Page(
                kind: .briefing, path: "briefings/\(slug)", template: name, title: metadata.title, summary: metadata.summary
            )
            page.date = strings.date(metadata.date)
            page.isoDate = metadata.date.description
            page.tags = metadata.tags
            page.rawHTML = metadata.rawHTML
            return (metadata, page)
        }
    }
}
