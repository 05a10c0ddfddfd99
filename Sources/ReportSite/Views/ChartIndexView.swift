import ReportTemplates

/// Charts by id (`{{{chart.ID.md}}}`) for a page at one depth; looking one up records it.
struct ChartIndexView: ViewLookup {
    let charts: [String: ViewValue]
    let recorder: DependencyRecorder

    func value(named id: String) -> ViewValue? {
        recorder.record(.chart(id))
        return charts[id]
    }

    var names: [String] { Array(charts.keys) }
}
