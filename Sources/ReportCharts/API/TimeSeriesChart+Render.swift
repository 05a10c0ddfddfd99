public extension TimeSeriesChart {
    /// Draws the chart; throws `ChartError` if no point has a value, a date is invalid,
    /// or the size is bad.
    func render() throws -> Chart {
        let chartID = id.chartID
        try Validation.checkSize(chart: chartID, width: width, height: height)
        try validate(chartID)
        let document = ChartDocument(id: chartID, title: title, summary: summary,
                                     width: width, height: height, marks: marks())
        return Chart(id: chartID, svg: document.svg, table: table, summary: summary)
    }
}

extension TimeSeriesChart {
    /// Each series' points sorted by date, with NaN and infinities treated as missing.
    var cleaned: [[Point]] {
        series.map { s in
            s.points.sorted { $0.date < $1.date }.map { Point(date: $0.date, value: $0.value.flatMap { $0.isFinite ? $0 : nil }) }
        }
    }
}

private extension TimeSeriesChart {
    static let fontSize = 11.0

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

    func marks() -> [any Mark] {
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
        let top = 8 + legendHeight + annotationLayout.height + 24
        let plot = Dimensions(width: width, height: height, margins: Insets(top: top, right: 16, bottom: 40, left: left)).plot
        x.range = (plot.minX, plot.maxX)
        y = y.withRange(plot.maxY, plot.minY)
        let count = max(2, (plot.width / 80).rounded(.down))
        let interval = x.tickInterval(count)
        let dates = x.dateTicks(count)
        let xAxis = Axis(edge: .bottom, ticks: zip(dates, x.tickLabels(dates, interval: interval)).map { .init(position: x($0), label: $1) },
                         plot: plot, canvasWidth: width, grid: false)
        let yAxis = Axis(edge: .left, ticks: Axis.ticks(yTicks, labels: yLabels, scale: y), plot: plot,
                         canvasWidth: width, label: format.axisUnit.isEmpty ? nil : format.axisUnit)
        var marks: [any Mark] = legend.marks(at: PixelPoint(x: 8, y: 8), maxWidth: width - 16)
        marks += yAxis.marks + xAxis.marks
        if y.domain.0 <= 0 && y.domain.1 >= 0 {
            marks.append(RuleMark.horizontal(at: [y(0)], from: plot.minX, to: plot.maxX, className: "axis"))
        }
        marks += annotationMarks(annotationLayout.labels, x: x, plot: plot, labelTop: 8 + legendHeight)
        marks += lines(x: x, y: y, plot: plot)
        return marks
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

    /// Annotation labels stacked into lanes above the plot (lane 0 nearest it) so that no
    /// label overlaps another label or an annotation rule.
    func annotationLanes(x: TimeScale) -> (labels: [(annotation: Annotation, lane: Int, anchor: TextMark.Anchor, text: String)], height: Double) {
        let fs = Self.fontSize
        var stacker = LeaderLaneStacker()
        let labels = annotations.sorted { $0.date < $1.date }.map { a in
            let text = TextMeasure.truncate(a.label, maxWidth: width * 0.45, fontSize: fs)
            let w = TextMeasure.width(text, fontSize: fs)
            let px = x(a.date)
            let anchor: TextMark.Anchor = px + w + 6 > width - 4 ? .end : .start
            let span = anchor == .start ? (px - 1)...(px + w + 12) : (px - w - 12)...(px + 1)
            return (a, stacker.place(span: span, anchor: px), anchor, text)
        }
        let laneCount = stacker.laneCount
        return (labels, Double(laneCount) * (fs * 1.3).rounded())
    }

    func annotationMarks(_ labels: [(annotation: Annotation, lane: Int, anchor: TextMark.Anchor, text: String)],
                         x: TimeScale, plot: Rect, labelTop: Double) -> [any Mark] {
        let fs = Self.fontSize
        let laneHeight = (fs * 1.3).rounded()
        let lanes = Double((labels.map(\.lane).max() ?? -1) + 1)
        var rules: [RuleMark.Segment] = []
        var texts: [TextMark.Label] = []
        for label in labels {
            let px = x(label.annotation.date)
            let baseline = labelTop + (lanes - Double(label.lane)) * laneHeight - 3
            rules.append(.init(x1: px, y1: baseline + 3, x2: px, y2: plot.maxY))
            let tx = label.anchor == .start ? px + 3 : px - 3
            texts.append(.init(x: tx, y: baseline, lines: [label.text], anchor: label.anchor,
                               title: label.text == label.annotation.label ? nil : label.annotation.label))
        }
        return [RuleMark(segments: rules, className: "ref", strokeWidth: 1, dash: "3 3"),
                TextMark(labels: texts, fontSize: fs, className: "muted")]
    }
}
