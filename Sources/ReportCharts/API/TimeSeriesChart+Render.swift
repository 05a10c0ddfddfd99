public extension TimeSeriesChart {
    /// Draws the chart; throws `ChartError` if no point has a value, a date is invalid,
    /// or the size is bad.
    func render() throws -> Chart {
        let chartID = id.chartID
        try Validation.checkSize(chart: chartID, width: width, height: height)
        try validate(chartID)
        let layout = layout()
        let document = ChartDocument(id: chartID, title: title, summary: summary,
                                     width: width, height: layout.height, marks: layout.marks)
        return Chart(id: chartID, svg: document.svg, table: table, summary: summary)
    }
}

/// The time series' marks, and its event labels with the rules they name, for tests.
struct TimeSeriesLayout: Sendable {
    /// The canvas height: the chart's, or more when event labels would leave the plot too short.
    var height: Double
    var marks: [any Mark]
    /// Boxes of the event labels, in date order.
    var labelRects: [Rect]
    /// The rule each event label names, in the same order.
    var labelRules: [RuleMark.Segment]
}

extension TimeSeriesChart {
    /// Lays the chart out (after `validate`).
    func layout() -> TimeSeriesLayout {
        let legend = series.count > 1
            ? Legend(entries: series.enumerated().map { .init(label: $1.name, swatch: .line("s\($0 % Palette.count)", dash: Palette.dashes[$0 % Palette.count])) })
            : Legend(entries: [])
        let legendHeight = legend.height(maxWidth: width - 16)
        var y = valueScale()
        let yTicks = y.ticks(6)
        let yLabels = format.tickLabels(yTicks)
        let left = Axis.labelWidth(yLabels) + 14
        var x = TimeScale(domain: timeDomain(), range: (left, width - 16))
        let annotationLayout = annotationLanes(x: x)
        let top = 8 + legendHeight + annotationLayout.laneHeights.reduce(0, +) + 24
        // Event labels take room from the top; the canvas grows rather than squash the lines.
        let height = max(self.height, top + Self.minimumPlotHeight + 40)
        let margins = Insets(top: top, right: 16, bottom: 40, left: left)
        let plot = Dimensions(width: width, height: height, margins: margins).plot
        x.range = (plot.minX, plot.maxX)
        y = y.withRange(plot.maxY, plot.minY)
        let count = max(2, (plot.width / 80).rounded(.down))
        let interval = x.tickInterval(count)
        let dates = x.dateTicks(count)
        let xAxis = Axis(edge: .bottom, ticks: zip(dates, x.tickLabels(dates, interval: interval)).map { .init(position: x($0), label: $1) },
                         plot: plot, canvasWidth: width, grid: false)
        let yAxis = Axis(edge: .left, ticks: Axis.ticks(yTicks, labels: yLabels, scale: y), plot: plot,
                         canvasWidth: width, label: format.axisUnit(yTicks).isEmpty ? nil : format.axisUnit(yTicks))
        var marks: [any Mark] = legend.marks(at: PixelPoint(x: 8, y: 8), maxWidth: width - 16)
        marks += yAxis.marks + xAxis.marks
        if y.domain.0 <= 0 && y.domain.1 >= 0 {
            marks.append(RuleMark.horizontal(at: [y(0)], from: plot.minX, to: plot.maxX, className: "axis"))
        }
        let annotations = annotationMarks(annotationLayout, plot: plot, labelTop: 8 + legendHeight)
        marks += annotations.marks
        marks += lines(x: x, y: y, plot: plot)
        return TimeSeriesLayout(height: height, marks: marks, labelRects: annotations.rects,
                                labelRules: annotations.rules)
    }

    /// Each series' points sorted by date, with NaN and infinities treated as missing.
    var cleaned: [[Point]] {
        series.map { s in
            s.points.sorted { $0.date < $1.date }.map { Point(date: $0.date, value: $0.value.flatMap { $0.isFinite ? $0 : nil }) }
        }
    }
}

private extension TimeSeriesChart {
    static let fontSize = Typography.fontSize
    static let minimumPlotHeight = 170.0

    func validate(_ chartID: String) throws {
        var validation = Validation(chart: chartID)
        for s in series {
            for point in s.points { validation.requireValid(point.date, "series '\(s.name)' date") }
        }
        for a in annotations { validation.requireValid(a.date, "annotation '\(a.label)' date") }
        try validation.check()
        guard cleaned.contains(where: { $0.contains { $0.value != nil } }) else { throw ChartError.noData(chart: chartID) }
    }

    func timeDomain() -> (ChartDate, ChartDate) {
        let dates = cleaned.flatMap { $0.filter { $0.value != nil }.map(\.date) } + annotations.map(\.date)
        let low = dates.min()!, high = dates.max()!
        guard low == high else { return (low, high) }
        return (ChartDate(dayNumber: low.dayNumber - 15), ChartDate(dayNumber: high.dayNumber + 15))
    }

    func valueScale() -> LinearScale {
        let values = cleaned.flatMap { $0.compactMap(\.value) }
        var low = values.min()!, high = values.max()!
        if includesZero { low = min(0, low); high = max(0, high) }
        if low == high { (low, high) = low == 0 ? (0, 1) : (low - abs(low) * 0.1, high + abs(high) * 0.1) }
        return LinearScale(domain: (low, high)).niced(6)
    }

    func lines(x: TimeScale, y: LinearScale, plot: Rect) -> [any Mark] {
        var marks: [any Mark] = []
        let cleaned = cleaned
        for (s, points) in cleaned.enumerated() {
            let slot = s % Palette.count
            let pixels = points.map { p in p.value.map { PixelPoint(x: x(p.date), y: y($0)) } }
            if series.count == 1 && y.domain.0 <= 0 {
                marks.append(AreaMark(points: pixels, baseline: y(0), className: "f\(slot)"))
            }
            let line = LineMark(points: pixels, className: "s\(slot)", dash: Palette.dashes[slot], title: series[s].name)
            marks.append(line)
            let showAll = points.count <= 24
            let dots = points.compactMap { p -> DotMark.Dot? in
                guard let v = p.value else { return nil }
                let center = PixelPoint(x: x(p.date), y: y(v))
                guard showAll || line.isolatedPoints.contains(center) else { return nil }
                return DotMark.Dot(center: center, className: "f\(slot) dot", title: "\(series[s].name), \(p.date.iso): \(format.format(v))")
            }
            marks.append(DotMark(dots: dots, radius: 3))
        }
        return marks
    }

    /// Annotations by date, those on the same date joined into one label (`A; B`), since
    /// they share one rule.
    var mergedAnnotations: [Annotation] {
        var result: [Annotation] = []
        for annotation in annotations.sorted(by: { ($0.date, $0.label) < ($1.date, $1.label) }) {
            if let last = result.last, last.date == annotation.date {
                result[result.count - 1].label += "; " + annotation.label
            } else {
                result.append(annotation)
            }
        }
        return result
    }

    /// An event label: its lines, which side of its rule it hangs, and its lane.
    struct PlacedAnnotation {
        var x: Double
        var lines: [String]
        var anchor: TextMark.Anchor
        var lane = 0

        /// The horizontal extent the label claims, with a little air on both sides.
        var span: ClosedRange<Double> {
            let w = TextMeasure.width(of: lines, fontSize: TimeSeriesChart.fontSize)
            return anchor == .start ? (x - 1)...(x + w + 9) : (x - w - 9)...(x + 1)
        }
    }

    /// Annotation labels wrapped, hung on the side of their rule that covers the fewest other
    /// rules, and stacked into lanes above the plot (lane 0 nearest it) so that no label
    /// overlaps another label or crosses another annotation's rule.
    func annotationLanes(x: TimeScale) -> (labels: [PlacedAnnotation], laneHeights: [Double]) {
        let sorted = mergedAnnotations
        let anchors = sorted.map { x($0.date) }
        var labels = sorted.indices.map { annotationLabel(sorted[$0].label, at: $0, anchors: anchors) }
        let lanes = RuleLabelStacker.lanes(labels.map { .init(anchor: $0.x, span: $0.span) })
        for index in labels.indices { labels[index].lane = lanes[index] }
        let laneCount = (lanes.max() ?? -1) + 1
        let laneHeights = (0..<laneCount).map { lane -> Double in
            let lines = labels.filter { $0.lane == lane }.map(\.lines.count).max() ?? 1
            return Double(lines) * Typography.lineHeight + 3
        }
        return (labels, laneHeights)
    }

    /// The label for the rule at `anchors[index]`: of both sides and a few wrap widths (the
    /// room up to the next rule among them), the one covering the fewest other rules, then
    /// with the fewest lines, then on the right.
    func annotationLabel(_ text: String, at index: Int, anchors: [Double]) -> PlacedAnnotation {
        let fs = Self.fontSize
        let px = anchors[index]
        let right = (anchors.filter { $0 > px }.min() ?? width) - px - 14
        let left = px - (anchors.filter { $0 < px }.max() ?? 0) - 14
        var best: (label: PlacedAnnotation, cost: (Int, Int, Int))?
        for maxWidth in [width * 0.45, width * 0.28, right, left] where maxWidth >= 48 {
            let lines = TextMeasure.wrap(text, maxWidth: maxWidth, fontSize: fs)
            let w = TextMeasure.width(of: lines, fontSize: fs)
            for anchor in [TextMark.Anchor.start, .end] {
                let fits = anchor == .start ? px + 3 + w <= width - 4 : px - 3 - w >= 4
                guard fits else { continue }
                let label = PlacedAnnotation(x: px, lines: lines, anchor: anchor)
                let cost = (RuleLabelStacker.crossings(of: label.span, anchors: anchors, own: index),
                            lines.count, anchor == .start ? 0 : 1)
                if best.map({ cost < $0.cost }) ?? true { best = (label, cost) }
            }
        }
        if let best { return best.label }
        let lines = TextMeasure.wrap(text, maxWidth: max(40, min(px, width - px) - 8), fontSize: fs)
        return PlacedAnnotation(x: px, lines: lines, anchor: px < width / 2 ? .start : .end)
    }

    /// Each label at the top of its lane, and a dashed rule from just below it to the plot's foot.
    func annotationMarks(_ layout: (labels: [PlacedAnnotation], laneHeights: [Double]), plot: Rect,
                         labelTop: Double) -> (marks: [any Mark], rects: [Rect], rules: [RuleMark.Segment]) {
        let fs = Self.fontSize
        var rules: [RuleMark.Segment] = []
        var texts: [TextMark.Label] = []
        var rects: [Rect] = []
        for label in layout.labels {
            let top = labelTop + layout.laneHeights[(label.lane + 1)...].reduce(0, +)
            let w = TextMeasure.width(of: label.lines, fontSize: fs)
            let tx = label.anchor == .start ? label.x + 3 : label.x - 3
            let rect = Rect(x: label.anchor == .start ? tx : tx - w, y: top,
                            width: w, height: fs * 1.25 + Double(label.lines.count - 1) * Typography.lineHeight)
            rects.append(rect)
            rules.append(.init(x1: label.x, y1: rect.minY + 2, x2: label.x, y2: plot.maxY))
            texts.append(.init(x: tx, y: top + fs, lines: label.lines, anchor: label.anchor))
        }
        return ([RuleMark(segments: rules, className: "ref", strokeWidth: 1, dash: "3 3"),
                 TextMark(labels: texts, fontSize: fs, className: "muted")], rects, rules)
    }
}
