import ReportModel
import ReportTemplates

/// How a chart appears in a page's Markdown, and the HTML touch that makes its data table collapsible.
enum ChartMarkdown {
    /// The view a template places with `{{{chart.ID.md}}}`, for a page at `root`.
    static func view(_ plotted: PlottedChart, project: Project, strings: Strings, root: String) -> ViewValue {
        [
            "md": .raw(markdown(plotted, project: project, strings: strings, root: root)), "title": .text(plotted.title),
            "path": .text("charts/\(plotted.chart.id).svg"),
        ]
    }

    /// The image (its accessible text is the chart's summary), the caption naming every
    /// source plotted, and the data as a table.
    static func markdown(_ plotted: PlottedChart, project: Project, strings: Strings, root: String) -> String {
        let escape = TemplateLibrary.escapeMarkdown
        var text = "![\(escape(plotted.chart.summary))](\(root)charts/\(plotted.chart.id).svg)\n\n"
        var caption = "**\(escape(plotted.title)).**"
        if !plotted.caption.isEmpty { caption += " " + escape(plotted.caption) }
        if plotted.usesMidpoints { caption += " " + escape(strings[.chartMidpoints]) }
        // One name per publisher, with each of its sources' footnotes: no publisher twice.
        var publishers: [String] = []
        var notes: [String: String] = [:]
        for source in plotted.sources.compactMap(project.source) {
            if notes[source.publisher] == nil { publishers.append(source.publisher) }
            notes[source.publisher, default: ""] += "[^\(source.id)]"
        }
        let cited = publishers.map { escape($0) + (notes[$0] ?? "") }
        if !cited.isEmpty { caption += " " + escape(strings[.chartSources]) + ": " + cited.joined(separator: "; ") + "." }
        text += caption + "\n\n"
        let table = plotted.chart.table
        text += "| " + table.columns.map(escape).joined(separator: " | ") + " |\n"
        text += "|" + String(repeating: "---|", count: table.columns.count) + "\n"
        for row in table.rows {
            text += "| " + row.map(escape).joined(separator: " | ") + " |\n"
        }
        return text
    }

    /// Wraps the first table after each chart's image in `<details>`, so the data is one click away.
    static func collapsingTables(in html: String, chartIDs: [String], summary: String) -> String {
        var html = html
        for id in chartIDs {
            guard let image = html.firstRange(of: "charts/\(id).svg\""),
                  let tableStart = html[image.upperBound...].firstRange(of: "<table>"),
                  let tableEnd = html[tableStart.upperBound...].firstRange(of: "</table>") else { continue }
            let table = html[tableStart.lowerBound..<tableEnd.upperBound]
            html.replaceSubrange(tableStart.lowerBound..<tableEnd.upperBound,
                                 with: "<details class=\"chart-data\"><summary>\(TemplateLibrary.escapeHTML(summary))</summary>\n\(table)\n</details>")
        }
        return html
    }
}
