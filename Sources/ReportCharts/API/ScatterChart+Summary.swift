import Foundation

public extension ScatterChart {
    /// A description generated from the data: each axis' range with the items at its ends,
    /// and the direction of the relationship when it is clear.
    var summary: String {
        let valid = points.filter { $0.x.isFinite && $0.y.isFinite }
        guard !valid.isEmpty else { return "Scatter plot with no data." }
        var text = "Scatter plot of \(Describe.count(valid.count, "item"))."
        text += " " + range(xLabel, valid.map(\.x), valid, xFormat)
        text += " " + range(yLabel, valid.map(\.y), valid, yFormat)
        if let r = correlation(valid), abs(r) >= 0.5 {
            text += r > 0 ? " Higher \(xLabel) tends to go with higher \(yLabel)." : " Higher \(xLabel) tends to go with lower \(yLabel)."
        }
        return text
    }

    /// One row per point: label, x and y.
    var table: ChartTable {
        ChartTable(caption: title, columns: ["Item", xLabel, yLabel],
                   rows: points.map { [$0.label, xFormat.exact($0.x), yFormat.exact($0.y)] })
    }
}

private extension ScatterChart {
    func range(_ name: String, _ values: [Double], _ valid: [Point], _ format: ValueFormat) -> String {
        guard let (low, high) = Describe.extremes(values) else { return "" }
        if values[low] == values[high] { return "\(name) is \(format.format(values[low])) for all." }
        return "\(name) ranges from \(format.format(values[low])) (\(valid[low].label)) to \(format.format(values[high])) (\(valid[high].label))."
    }

    func correlation(_ valid: [Point]) -> Double? {
        guard valid.count >= 3 else { return nil }
        let xs = valid.map { logX ? log10($0.x) : $0.x }, ys = valid.map { logY ? log10($0.y) : $0.y }
        let n = Double(valid.count)
        let mx = xs.reduce(0, +) / n, my = ys.reduce(0, +) / n
        let sxy = zip(xs, ys).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        let sxx = xs.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }, syy = ys.reduce(0) { $0 + ($1 - my) * ($1 - my) }
        guard sxx > 0, syy > 0 else { return nil }
        let r = sxy / (sxx * syy).squareRoot()
        return r.isFinite ? r : nil
    }
}
