public extension TimeSeriesChart {
    /// A description generated from the data: time span, each series' first, last and peak
    /// values, and the number of marked events.
    var summary: String {
        let cleaned = cleaned
        let dates = cleaned.flatMap { $0.filter { $0.value != nil }.map(\.date) }
        guard let first = dates.min(), let last = dates.max() else { return "Line chart with no data." }
        var text = "Line chart of \(Describe.count(series.count, "series", "series")) from \(first.monthYear) to \(last.monthYear)."
        for (s, points) in cleaned.enumerated() {
            let known = points.filter { $0.value != nil }
            guard let a = known.first, let b = known.last, let peak = known.max(by: { $0.value! < $1.value! }) else { continue }
            let trend = b.value! > a.value! ? "rises" : b.value! < a.value! ? "falls" : "is unchanged"
            text += " \(series[s].name) \(trend) from \(format.format(a.value!)) (\(a.date.monthYear))"
                + " to \(format.format(b.value!)) (\(b.date.monthYear))"
            text += peak.date != b.date && peak.date != a.date
                ? ", peaking at \(format.format(peak.value!)) (\(peak.date.monthYear))." : "."
            let missing = points.count - known.count
            if missing > 0 { text += " \(Describe.count(missing, "value")) missing." }
        }
        if !annotations.isEmpty {
            text += " Marked events: " + Describe.list(annotations.sorted { $0.date < $1.date }.map { "\($0.label) (\($0.date.monthYear))" }) + "."
        }
        return text
    }

    /// One row per date: the date, each series' value (`—` if missing) and any events.
    var table: ChartTable {
        let cleaned = cleaned
        let dates = Array(Set(cleaned.flatMap { $0.map(\.date) } + annotations.map(\.date))).sorted()
        let rows = dates.map { date in
            [date.iso] + cleaned.map { points in
                points.first { $0.date == date }?.value.map(format.exact) ?? "—"
            } + [annotations.filter { $0.date == date }.map(\.label).joined(separator: "; ")]
        }
        return ChartTable(caption: title, columns: ["Date"] + series.map(\.name) + ["Event"], rows: rows)
    }
}
