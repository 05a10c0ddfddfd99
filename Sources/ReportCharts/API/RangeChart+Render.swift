public extension RangeChart {
    /// Draws the chart; throws `ChartError` for no estimates, non-finite values or a bad size.
    func render() throws -> Chart {
        let layout = try layout()
        let document = ChartDocument(id: layout.id, title: title, summary: summary,
                                     width: width, height: layout.height, marks: layout.marks)
        return Chart(id: layout.id, svg: document.svg, table: table, summary: summary)
    }
}

/// The range chart's marks and label boxes, for rendering and tests.
struct RangeLayout: Sendable {
    var id: String
    var height: Double
    var marks: [any Mark]
    var labelRects: [Rect]
}

extension RangeChart {
    /// Estimates from low to high; ties keep input order.
    var sorted: [Estimate] {
        estimates.enumerated().sorted { ($0.element.value, $0.offset) < ($1.element.value, $1.offset) }.map(\.element)
    }

    /// Estimates from low to high, those with the same value merged into one labelled
    /// `A, B: value`, since one dot and one leader stand for all of them.
    var merged: [Estimate] {
        var result: [Estimate] = []
        for estimate in sorted {
            if let last = result.last, last.value == estimate.value {
                result[result.count - 1].label += ", " + estimate.label
            } else {
                result.append(estimate)
            }
        }
        return result
    }

    /// Validates the input and lays the chart out.
    func layout() throws -> RangeLayout {
        let chartID = id.chartID
        try Validation.checkSize(chart: chartID, width: width, height: height)
        guard !estimates.isEmpty else { throw ChartError.noData(chart: chartID) }
        var validation = Validation(chart: chartID)
        for (index, e) in estimates.enumerated() { validation.requireFinite(e.value, "estimate \(index + 1) ('\(e.label)')") }
        try validation.check()
        return build(chartID)
    }
}

private extension RangeChart {
    static let fontSize = Typography.fontSize

    func scale(count: Double) -> LinearScale {
        let values = estimates.map(\.value)
        let low = values.min()!, high = values.max()!
        let pad = low == high ? (low == 0 ? 1 : abs(low) * 0.2) : (high - low) * 0.08
        // A zero baseline where the estimates are all positive, so the spread is not exaggerated.
        let floor = low > 0 ? 0 : low - pad
        return LinearScale(domain: (floor, high + pad)).niced(count)
    }

    /// One row per estimate, low to high: the source's name on the left (wrapped), a dot at
    /// its value with the value beside it, and the low–high span shaded behind all rows. No
    /// leader lines, so no label can be crossed by another estimate's.
    func build(_ chartID: String) -> RangeLayout {
        let fs = Self.fontSize
        let lineHeight = Typography.lineHeight
        let sorted = merged
        let names = sorted.map { TextMeasure.wrap($0.label, maxWidth: width * 0.36, fontSize: fs) }
        let nameWidth = names.map { TextMeasure.width(of: $0, fontSize: fs) }.max() ?? 0
        let values = sorted.map { format.format($0.value) }
        let rowHeights = names.map { Double($0.count - 1) * lineHeight + 26 }
        let plotLeft = nameWidth + 20
        let plot = Rect(x: plotLeft, y: 8, width: width - plotLeft - 16, height: rowHeights.reduce(0, +))
        let count = max(2, (plot.width / 80).rounded(.down))
        let x = scale(count: count).withRange(plot.minX, plot.maxX)
        let height = self.height ?? plot.maxY + 48
        let ticks = x.ticks(count)
        let unit = format.axisUnit(ticks)
        let axis = Axis(edge: .bottom, ticks: Axis.ticks(ticks, labels: format.tickLabels(ticks), scale: x), plot: plot,
                        canvasWidth: width, grid: false, label: unit.isEmpty ? nil : unit)
        let low = sorted.first!.value, high = sorted.last!.value
        let span = Rect(x: x(low), y: plot.minY, width: x(high) - x(low), height: plot.height)
        let band = BarMark(bars: [.init(rect: span, className: "range",
                                        title: "\(format.format(low)) – \(format.format(high))")])
        var nameLabels: [TextMark.Label] = []
        var valueLabels: [TextMark.Label] = []
        var dots: [DotMark.Dot] = []
        var rects: [Rect] = []
        var top = plot.minY
        for (index, estimate) in sorted.enumerated() {
            let centre = top + rowHeights[index] / 2
            let firstBaseline = centre - Double(names[index].count - 1) * lineHeight / 2 + fs * 0.35
            nameLabels.append(.init(x: plotLeft - 10, y: firstBaseline, lines: names[index], anchor: .end))
            let w = TextMeasure.width(of: names[index], fontSize: fs)
            rects.append(Rect(x: plotLeft - 10 - w, y: firstBaseline - fs, width: w,
                              height: fs * 1.25 + Double(names[index].count - 1) * lineHeight))
            let px = x(estimate.value)
            dots.append(.init(center: PixelPoint(x: px, y: centre), className: "f0 dot",
                              title: "\(estimate.label): \(values[index])"))
            let valueWidth = TextMeasure.width(values[index], fontSize: fs)
            let onRight = px + 9 + valueWidth <= width - 4
            valueLabels.append(.init(x: onRight ? px + 9 : px - 9, y: centre + fs * 0.35, lines: [values[index]],
                                     anchor: onRight ? .start : .end))
            rects.append(Rect(x: onRight ? px + 9 : px - 9 - valueWidth, y: centre + fs * 0.35 - fs,
                              width: valueWidth, height: fs * 1.25))
            top += rowHeights[index]
        }
        let marks: [any Mark] = [band] + axis.marks
            + [DotMark(dots: dots, radius: 5), TextMark(labels: nameLabels, fontSize: fs),
               TextMark(labels: valueLabels, fontSize: fs, className: "muted", hasHalo: true)]
        return RangeLayout(id: chartID, height: height, marks: marks, labelRects: rects)
    }
}
