import ReportMarkdown
import ReportModel
import ReportTemplates

/// Renders one page: its Markdown template, the footnotes of what it cites, cmark-gfm, the layout.
struct PageRenderer {
    let project: Project
    let templates: TemplateLibrary
    let shared: PreparedValue
    let navigation: [Page]
    let charts: [PlottedChart]
    /// The `chart` value for pages at each depth (`""`, `"../"`): chart Markdown links are relative.
    let chartViews: [String: ViewValue]

    init(project: Project, templates: TemplateLibrary, shared: PreparedValue, navigation: [Page], charts: [PlottedChart], roots: Set<String>) {
        self.project = project
        self.templates = templates
        self.shared = shared
        self.navigation = navigation
        self.charts = charts
        self.chartViews = Dictionary(uniqueKeysWithValues: roots.map { root in
            (root, ViewValue.object(Dictionary(charts.map { ($0.chart.id, ChartMarkdown.view($0, project: project, root: root)) }, uniquingKeysWith: { first, _ in first })))
        })
    }

    /// What rendering a page produced and read.
    struct Result {
        let markdown: String
        let html: String
        /// Source ids cited, in order.
        let cited: [String]
        /// Names resolved on the root value by the page and its layout.
        let names: Set<String>
        /// Templates used, as `template:NAME` keys.
        let templates: Set<String>
    }

    /// Renders the page's Markdown and HTML and tells what it read.
    func render(_ page: Page) throws -> Result {
        let context = shared.adding("page", page.view).adding("item", page.item).adding("chart", chartViews[page.root] ?? .object([:]))
        let (body, bodyNames, bodyTemplates) = try templates.renderTracked(page.template, with: context)
        let (markdown, cited) = Footnotes.appendingDefinitions(to: body, project: project, root: page.root)
        let document = Markdown.html(from: markdown, options: page.rawHTML ? [.smartPunctuation, .unsafeHTML] : .default)
        let usedCharts = charts.map(\.chart.id).filter { bodyNames.contains("chart.\($0)") }
        let content = ChartMarkdown.collapsingTables(in: document.html, chartIDs: usedCharts)
        let layout = shared.adding("page", page.view).adding("content", .raw(content))
            .adding("toc", .list(document.headings.filter { $0.level == 2 }.map { ["id": .text($0.id), "text": .text($0.text)] }))
            .adding("nav", .list(navigation.map {
                ["title": .text($0.path == "index" ? "Overview" : $0.title), "path": .text($0.path + ".html"), "current": .bool($0.path == page.path)]
            }))
        let (html, layoutNames, layoutTemplates) = try templates.renderTracked("layouts/page.html", with: layout)
        return Result(
            markdown: markdown, html: html, cited: cited, names: bodyNames.union(layoutNames),
            templates: Set(bodyTemplates.union(layoutTemplates).map { "template:\($0)" })
        )
    }
}
