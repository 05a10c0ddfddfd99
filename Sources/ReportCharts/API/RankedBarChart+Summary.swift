public extension RankedBarChart {
    /// A description generated from the data, e.g. "Ranked bars of 6 values from
    /// 14.4 TFLOPS (MTT S80) to 2,250 TFLOPS (B200)."
    var summary: String {
        let ranked = ranked.filter { $0.value.isFinite }
        guard let top = ranked.first, let bottom = ranked.last else { return "Ranked bars with no data." }
        var text: String
        if ranked.count == 1 {
            text = "Ranked bars of 1 value: \(format.format(top.value)) (\(top.label))."
        } else if top.value == bottom.value {
            text = "Ranked bars of \(ranked.count) values, all \(format.format(top.value))."
        } else {
            text = "Ranked bars of \(ranked.count) values from \(format.format(bottom.value)) (\(bottom.label))"
                + " to \(format.format(top.value)) (\(top.label))."
        }
        let highlighted = ranked.filter(\.highlight).map { "\($0.label) (\(format.format($0.value)))" }
        if !highlighted.isEmpty { text += " Highlighted: \(Describe.list(highlighted))." }
        return text
    }

    /// The bars as a table in ranked order: rank, label, formatted value.
    var table: ChartTable {
        ChartTable(caption: title, columns: ["Rank", "Item", "Value"],
                   rows: ranked.enumerated().map { ["\($0.offset + 1)", $0.element.label, format.exact($0.element.value)] })
    }
}
