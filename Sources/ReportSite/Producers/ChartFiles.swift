import Foundation

/// Each declared chart as a standalone SVG file under charts/.
struct ChartFiles: Producer {
    let phase = ProducerPhase.records

    func plan(_ site: SiteContext, pages: [PageSummary]) -> [PlannedOutput] {
        site.charts.map { plotted in
            let id = plotted.chart.id
            let svg = Data(plotted.chart.svg.utf8)
            return PlannedOutput(id: "chart:" + id) { recorder in
                recorder.record(.chart(id))
                return Product(files: ["charts/\(id).svg": svg])
            }
        }
    }
}
