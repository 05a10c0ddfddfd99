public extension ScatterChart {
    /// Draws the chart; throws `ChartError` for no points, non-finite values,
    /// non-positive values on a log axis, or a bad size.
    func render() throws -> Chart {
        let layout = try layout()
        let document = ChartDocument(id: layout.id, title: title, summary: summary,
                                     width: width, height: height, marks: layout.marks)
        return Chart(id: layout.id, svg: document.svg, table: table, summary: summary)
    }
}

/// The scatter chart's marks and where its labels went, for rendering and tests.
struct ScatterLayout: Sendable {
    var id: String
    var marks: [any Mark]
    /// Boxes of the labels that were placed.
    var labelRects: [Rect]
    /// The dots' boxes.
    var dotRects: [Rect]
    /// Labels that fit nowhere and live only in their point's tooltip.
    var dropped: [String]
}

extension ScatterChart {
    /// Validates the input and lays the chart out.
    func layout() throws -> ScatterLayout {
        let chartID = id.chartID
        try Validation.checkSize(chart: chartID, width: width, height: height)
        guard !points.isEmpty else { throw ChartError.noData(chart: chartID) }
        try validate(chartID)
        return build(chartID)
    }
}

private extension ScatterChart {
    static let fontSize = Typography.fontSize
    static let radius = 4.5

    func validate(_ chartID: String) throws {
        var validation = Validation(chart: chartID)
        for (index, p) in points.enumerated() {
            let name = "point \(index + 1) ('\(p.label)')"
            validation.requireFinite(p.x, "\(name) x")
            validation.requireFinite(p.y, "\(name) y")
            if logX { validation.require(!(p.x <= 0), "\(name) x must be positive on a log scale") }
            if logY { validation.require(!(p.y <= 0), "\(name) y must be positive on a log scale") }
        }
        try validation.check()
    }

    func scale(_ values: [Double], log: Bool, count: Double) -> any PositionScale {
        let low = values.min()!, high = values.max()!
        if log { return LogScale(domain: (low, high), range: (0, 1)).niced() }
        let pad = low == high ? (low == 0 ? 1 : abs(low) * 0.1) : 0
        return LinearScale(domain: (low - pad, high + pad)).niced(count)
    }

    func build(_ chartID: String) -> ScatterLayout {
        let fs = Self.fontSize
        let yProbe = scale(points.map(\.y), log: logY, count: 6)
        let yTicks = yProbe.ticks(6)
        let yLabels = yFormat.tickLabels(yTicks)
        let margins = Insets(top: 30, right: 18, bottom: 46, left: Axis.labelWidth(yLabels) + 14)
        let plot = Dimensions(width: width, height: height, margins: margins).plot
        let xCount = max(2, (plot.width / 90).rounded(.down))
        let x = scale(points.map(\.x), log: logX, count: xCount).withRange(plot.minX, plot.maxX)
        let y = yProbe.withRange(plot.maxY, plot.minY)
        let xTicks = x.ticks(xCount)
        let xAxis = Axis(edge: .bottom, ticks: Axis.ticks(xTicks, labels: xFormat.tickLabels(xTicks), scale: x),
                         plot: plot, canvasWidth: width, label: axisTitle(xLabel, xFormat, xTicks))
        let yAxis = Axis(edge: .left, ticks: Axis.ticks(yTicks, labels: yLabels, scale: y), plot: plot,
                         canvasWidth: width, label: axisTitle(yLabel, yFormat, yTicks))
        let centers = points.map { PixelPoint(x: x($0.x), y: y($0.y)) }
        let dotRects = centers.map { Rect(x: $0.x - Self.radius, y: $0.y - Self.radius, width: 2 * Self.radius, height: 2 * Self.radius) }
        var placer = LabelPlacer(bounds: plot, obstacles: dotRects.map { $0.outset(by: 1) })
        var labels: [TextMark.Label] = []
        var leaders: [RuleMark.Segment] = []
        var rects: [Rect] = []
        var dropped: [String] = []
        for (index, point) in points.enumerated() {
            let lines = TextMeasure.wrap(point.label, maxWidth: min(130, plot.width / 2), fontSize: fs)
            let w = TextMeasure.width(of: lines, fontSize: fs)
            let h = fs * 1.25 + Double(lines.count - 1) * Typography.lineHeight
            guard let placement = placer.place(width: w, height: h, around: centers[index], radius: Self.radius) else {
                dropped.append(point.label)
                continue
            }
            let r = placement.rect
            rects.append(r)
            labels.append(.init(x: r.minX, y: r.minY + fs, lines: lines))
            if placement.needsLeader {
                let end = r.nearestPoint(to: centers[index])
                leaders.append(.init(x1: centers[index].x, y1: centers[index].y, x2: end.x, y2: end.y))
            }
        }
        let dots = DotMark(dots: points.indices.map { index in
            let p = points[index]
            return .init(center: centers[index], className: "f0 dot",
                         title: "\(p.label): \(xLabel) \(xFormat.format(p.x)), \(yLabel) \(yFormat.format(p.y))")
        }, radius: Self.radius)
        let marks: [any Mark] = xAxis.marks + yAxis.marks
            + [RuleMark(segments: leaders, className: "leader", strokeWidth: 0.75), dots, TextMark(labels: labels, fontSize: fs, hasHalo: true)]
        return ScatterLayout(id: chartID, marks: marks, labelRects: rects, dotRects: dotRects, dropped: dropped)
    }

    func axisTitle(_ label: String, _ format: ValueFormat, _ ticks: [Double]) -> String {
        format.axisUnit(ticks).isEmpty ? label : "\(label) (\(format.axisUnit(ticks)))"
    }
}
