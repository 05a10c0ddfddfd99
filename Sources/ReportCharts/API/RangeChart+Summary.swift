public extension RangeChart {
    /// A description generated from the data: low and high with their sources, the spread,
    /// and the median.
    var summary: String {
        let sorted = sorted.filter { $0.value.isFinite }
        guard let low = sorted.first, let high = sorted.last else { return "Range chart with no estimates." }
        if sorted.count == 1 { return "One estimate: \(format.format(low.value)) (\(low.label))." }
        if low.value == high.value {
            return "All \(sorted.count) estimates agree on \(format.format(low.value))."
        }
        var text = "Estimates from \(Describe.count(sorted.count, "source")) range from \(format.format(low.value)) (\(low.label))"
            + " to \(format.format(high.value)) (\(high.label))"
        if low.value > 0 { text += "; the highest is \(ValueFormat.ratio.format(high.value / low.value)) the lowest" }
        let middle = sorted.count / 2
        let median = sorted.count.isMultiple(of: 2) ? (sorted[middle - 1].value + sorted[middle].value) / 2 : sorted[middle].value
        return text + ". Median: \(format.format(median))."
    }

    /// One row per estimate from low to high: source and value.
    var table: ChartTable {
        ChartTable(caption: title, columns: ["Source", "Estimate"], rows: sorted.map { [$0.label, format.exact($0.value)] })
    }
}
