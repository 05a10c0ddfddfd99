import Foundation
import ReportModel

/// Downloads of the data behind the site: beside each chart `charts/ID.csv` (every figure it
/// plots: label, value, unit, date, source, confidence) and `charts/ID.json` (the same, the
/// table as shown, and the chart's sources), and every figure in Data/ as `data/figures.json`
/// and `data/figures.csv` (value, unit, date, source, confidence, note). docs/DATA.md gives the schema.
struct DataDownloads: Producer {
    let phase = ProducerPhase.records

    func plan(_ site: SiteContext, pages: [PageSummary]) -> [PlannedOutput] {
        let charts = site.charts.map { plotted in
            PlannedOutput(id: "chart-data:" + plotted.chart.id) { recorder in
                recorder.record(.chart(plotted.chart.id))
                recorder.record(plotted.sources.map { DependencyKey.record(RecordKey(.source, $0)) })
                return Product(files: Self.chartFiles(plotted, project: site.project))
            }
        }
        let figures = PlannedOutput(id: "figures-data") { recorder in
            recorder.record(RecordKind.allCases.filter { $0 != .chart }.map { DependencyKey.all($0) })
            return Product(files: Self.figureFiles(site.project))
        }
        return charts + [figures]
    }

    /// The columns of `charts/ID.csv`: one row per figure plotted.
    static let chartColumns = [
        "label", "value", "unit", "as_of", "source", "source_publisher", "confidence", "derived", "note",
    ]

    static func chartFiles(_ plotted: PlottedChart, project: Project) -> [String: Data] {
        let table = plotted.chart.table
        let id = plotted.chart.id
        var csv = CSVText.row(chartColumns)
        var figures: [String] = []
        for item in plotted.figures {
            let figure = item.figure
            let cells: [String?] = [
                item.label, value(figure.value), figure.unit?.description, figure.asOf?.description, figure.source,
                project.source(figure.source)?.publisher, figure.confidence.rawValue, figure.derived ? "true" : "false",
                figure.note,
            ]
            csv += CSVText.row(cells.map { $0 ?? "" })
            var fields = zip(chartColumns, cells).map { ($0, JSONText.optional($1)) }
            if case .number(let number) = figure.value { fields[1] = ("value", JSONText.number(number)) }
            fields[7] = ("derived", figure.derived ? "true" : "false")
            figures.append(JSONText.object(fields))
        }
        let sources = plotted.sources.compactMap(project.source).map { source in
            JSONText.object([
                ("id", JSONText.string(source.id)), ("publisher", JSONText.string(source.publisher)),
                ("title", JSONText.string(source.title)), ("date", JSONText.optional(source.date?.description)),
                ("url", JSONText.optional(source.url)),
            ])
        }
        let json = JSONText.object([
            ("id", JSONText.string(id)), ("title", JSONText.string(plotted.title)),
            ("caption", JSONText.string(plotted.caption)), ("midpoints", plotted.usesMidpoints ? "true" : "false"),
            ("figures", JSONText.array(figures)),
            ("columns", JSONText.array(table.columns.map(JSONText.string))),
            ("rows", JSONText.array(table.rows.map { JSONText.array($0.map(JSONText.string)) })),
            ("sources", JSONText.array(sources)),
        ])
        return ["charts/\(id).csv": Data(csv.utf8), "charts/\(id).json": Data((json + "\n").utf8)]
    }

    static let figureColumns = [
        "record_kind", "record_id", "label", "value", "unit", "as_of", "source", "source_publisher", "source_date",
        "confidence", "derived", "note", "excerpt",
    ]

    /// Both files are written straight into their bytes, a row at a time: with tens of
    /// thousands of figures, a list of rows and its joined copy cost three times the file.
    static func figureFiles(_ project: Project) -> [String: Data] {
        var csv = Data(CSVText.row(figureColumns).utf8)
        var json = Data("[".utf8)
        let figures = project.citedFigures
        for (number, cited) in figures.enumerated() {
            let figure = cited.figure
            let source = project.source(figure.source)
            let cells: [String?] = [
                cited.owner.kind.rawValue, cited.owner.id, figure.label, value(figure.value), figure.unit?.description,
                figure.asOf?.description, figure.source, source?.publisher, source?.date?.description,
                figure.confidence.rawValue, figure.derived ? "true" : "false", figure.note, figure.excerpt,
            ]
            csv.append(contentsOf: CSVText.row(cells.map { $0 ?? "" }).utf8)
            var fields = zip(figureColumns, cells).map { ($0, JSONText.optional($1)) }
            if case .number(let number) = figure.value { fields[3] = ("value", JSONText.number(number)) }
            fields[10] = ("derived", figure.derived ? "true" : "false")
            json.append(contentsOf: ((number == 0 ? "\n" : ",\n") + JSONText.object(fields)).utf8)
        }
        json.append(contentsOf: (figures.isEmpty ? "\n\n]\n" : "\n]\n").utf8)
        return ["data/figures.csv": csv, "data/figures.json": json]
    }

    static func value(_ value: Figure.Value) -> String {
        switch value {
        case .number(let number): JSONText.number(number)
        case .date(let date): date.description
        case .text(let text): text
        }
    }
}
