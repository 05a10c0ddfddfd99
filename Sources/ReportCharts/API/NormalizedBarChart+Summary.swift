public extension NormalizedBarChart {
    /// A description generated from the data: what is compared, and each spec's range.
    var summary: String {
        let ratios = normalized
        var text = "Grouped bars of \(Describe.count(series.count, "spec")) for \(Describe.count(groups.count, "item")),"
            + " each relative to \(reference) (= 1×)."
        for (s, spec) in series.enumerated() {
            let values = ratios[s].map { $0 ?? .nan }
            guard let (low, high) = Describe.extremes(values) else { continue }
            if low == high || values[low] == values[high] {
                text += " \(spec.name): \(ValueFormat.ratio.format(values[high])) throughout."
            } else {
                text += " \(spec.name) ranges from \(ValueFormat.ratio.format(values[low])) (\(groups[low]))"
                    + " to \(ValueFormat.ratio.format(values[high])) (\(groups[high]))."
            }
        }
        return text
    }

    /// One row per group: raw value and ratio per series, `—` where unknown.
    var table: ChartTable {
        let ratios = normalized
        let rows = groups.indices.map { g in
            [groups[g]] + series.indices.map { s -> String in
                let spec = series[s]
                guard g < spec.values.count, let raw = spec.values[g] else { return "—" }
                let ratio = g < ratios[s].count ? ratios[s][g] : nil
                return spec.format.exact(raw) + (ratio.map { " (\(ValueFormat.ratio.format($0)))" } ?? "")
            }
        }
        return ChartTable(caption: title, columns: [groupHeading] + series.map(\.name), rows: rows)
    }
}
