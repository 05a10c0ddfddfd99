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

    /// The page's Markdown, its HTML, and the source ids it cites.
    func render(_ page: Page) throws -> (markdown: String, html: String, cited: [String]) {
        let chartViews = Dictionary(charts.map { ($0.chart.id, ChartMarkdown.view($0, project: project, root: page.root)) }, uniquingKeysWith: { first, _ in first })
        let context = shared.adding("page", page.view).adding("item", page.item).adding("chart", .object(chartViews))
        let body = try templates.render(page.template, with: context)
        let (markdown, cited) = Footnotes.appendingDefinitions(to: body, project: project, root: page.root)
        let document = Markdown.html(from: markdown, options: page.rawHTML ? [.smartPunctuation, .unsafeHTML] : .default)
        let usedCharts = charts.map(\.chart.id).filter { body.contains("charts/\($0).svg") }
        let content = ChartMarkdown.collapsingTables(in: document.html, chartIDs: usedCharts)
        let layout = shared.adding("page", page.view).adding("content", .raw(content))
            .adding("toc", .list(document.headings.filter { $0.level == 2 }.map { ["id": .text($0.id), "text": .text($0.text)] }))
            .adding("nav", .list(navigation.map {
                ["title": .text($0.path == "index" ? "Overview" : $0.title), "path": .text($0.path + ".html"), "current": .bool($0.path == page.path)]
            }))
        return (markdown, try templates.render("layouts/page.html", with: layout), cited)
    }
}
