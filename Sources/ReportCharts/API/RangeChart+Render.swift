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
    static let fontSize = 11.0
    static let laneHeight = 18.0

    func scale(count: Double) -> LinearScale {
        let values = estimates.map(\.value)
        let low = values.min()!, high = values.max()!
        let pad = low == high ? (low == 0 ? 1 : abs(low) * 0.2) : (high - low) * 0.08
        // A zero baseline where the estimates are all positive, so the spread is not exaggerated.
        let floor = low > 0 ? 0 : low - pad
        return LinearScale(domain: (floor, high + pad)).niced(count)
    }

    func build(_ chartID: String) -> RangeLayout {
        let fs = Self.fontSize
        let sorted = sorted
        let count = max(2, ((width - 48) / 90).rounded(.down))
        let x = scale(count: count).withRange(24, width - 24)
        var stacker = LeaderLaneStacker()
        let texts = sorted.map { "\($0.label): \(format.format($0.value))" }
        let fitted = texts.map { TextMeasure.truncate($0, maxWidth: width * 0.45, fontSize: fs) }
        // Labels hang away from the middle: right of their dot on the left half, left of it on the
        // right half, and the dots nearest the middle take the lowest lanes, so no leader line
        // rises through another label.
        let middle = width / 2
        let order = sorted.indices.sorted { abs(x(sorted[$0].value) - middle) < abs(x(sorted[$1].value) - middle) }
        var lanes = [(lane: Int, left: Double)](repeating: (0, 0), count: sorted.count)
        for index in order {
            let w = TextMeasure.width(fitted[index], fontSize: fs)
            let px = x(sorted[index].value)
            let left = min(max(8, px < middle ? px - 4 : px - w + 4), width - 8 - w)
            lanes[index] = (stacker.place(span: (left - 5)...(left + w + 5), anchor: px), left)
        }
        let laneCount = Double(max(1, stacker.laneCount))
        let barY = 12 + laneCount * Self.laneHeight + 12
        let plot = Rect(x: 24, y: barY - 12, width: width - 48, height: 24)
        let height = self.height ?? plot.maxY + 44
        let ticks = x.ticks(count)
        let axis = Axis(edge: .bottom, ticks: Axis.ticks(ticks, labels: format.tickLabels(ticks), scale: x), plot: plot,
                        canvasWidth: width, grid: false, label: format.axisUnit.isEmpty ? nil : format.axisUnit)
        var labels: [TextMark.Label] = []
        var leaders: [RuleMark.Segment] = []
        var rects: [Rect] = []
        for (index, estimate) in sorted.enumerated() {
            let baseline = barY - 12 - Double(lanes[index].lane) * Self.laneHeight - 6
            let w = TextMeasure.width(fitted[index], fontSize: fs)
            labels.append(.init(x: lanes[index].left, y: baseline, lines: [fitted[index]], title: fitted[index] == texts[index] ? nil : texts[index]))
            rects.append(Rect(x: lanes[index].left, y: baseline - fs, width: w, height: fs * 1.25))
            let px = x(estimate.value)
            leaders.append(.init(x1: px, y1: barY - 6, x2: min(max(px, lanes[index].left), lanes[index].left + w), y2: baseline + 4))
        }
        let low = sorted.first!.value, high = sorted.last!.value
        let interval = IntervalMark(intervals: [.init(x1: x(low), x2: x(high), y: barY, className: "range",
                                                      title: "\(format.format(low)) – \(format.format(high))")], thickness: 12)
        let dots = DotMark(dots: sorted.indices.map { .init(center: PixelPoint(x: x(sorted[$0].value), y: barY), className: "f0 dot", title: texts[$0]) },
                           radius: 5)
        let marks: [any Mark] = axis.marks + [interval, RuleMark(segments: leaders, className: "leader", strokeWidth: 0.75), dots,
                                              TextMark(labels: labels, fontSize: fs)]
        return RangeLayout(id: chartID, height: height, marks: marks, labelRects: rects)
    }
}
