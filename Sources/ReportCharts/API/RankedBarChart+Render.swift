public extension RankedBarChart {
    /// Draws the chart; throws `ChartError` for empty or non-finite data or a bad size.
    func render() throws -> Chart {
        let chartID = id.chartID
        try Validation.checkSize(chart: chartID, width: width, height: height)
        guard !items.isEmpty else { throw ChartError.noData(chart: chartID) }
        var validation = Validation(chart: chartID)
        for (index, item) in items.enumerated() {
            validation.requireFinite(item.value, "item \(index + 1) ('\(item.label)') value")
        }
        try validation.check()
        let layout = layout()
        let document = ChartDocument(id: chartID, title: title, summary: summary,
                                     width: width, height: layout.height, marks: layout.marks)
        return Chart(id: chartID, svg: document.svg, table: table, summary: summary)
    }
}

extension RankedBarChart {
    /// Items from largest to smallest value; ties keep their input order.
    var ranked: [Item] {
        items.enumerated().sorted {
            $0.element.value != $1.element.value ? $0.element.value > $1.element.value : $0.offset < $1.offset
        }.map(\.element)
    }
}

private extension RankedBarChart {
    static let fontSize = Typography.fontSize

    func layout() -> (height: Double, marks: [any Mark]) {
        let ranked = ranked
        let fs = Self.fontSize
        let longest = ranked.map { TextMeasure.width($0.label, fontSize: fs) }.max() ?? 0
        let labelWidth = min(longest, width * 0.3)
        let fitted = ranked.map { TextMeasure.wrap($0.label, maxWidth: labelWidth, fontSize: fs) }
        let lines = Double(fitted.map(\.count).max() ?? 1)
        let step = max(30, lines * Typography.lineHeight + 14)
        let valueLabels = ranked.map { format.format($0.value) }
        let valueWidth = Axis.labelWidth(valueLabels, fontSize: fs)
        let margins = Insets(top: 30, right: valueWidth + 14, bottom: 10, left: labelWidth + 16)
        let height = self.height ?? margins.top + margins.bottom + step * Double(ranked.count)
        let dims = Dimensions(width: width, height: height, margins: margins)
        let plot = dims.plot
        let count = max(2, (plot.width / 60).rounded(.down))
        let x = xScale(ranked, plot: plot, count: count)
        let keys = ranked.indices.map(String.init)
        let band = BandScale(domain: keys, range: (plot.minY, plot.maxY)).padding(0)
        var bars = band
        bars.paddingInner = 0.22
        bars.paddingOuter = 0.11
        let ticks = x.ticks(count)
        let axis = Axis(edge: .top, ticks: Axis.ticks(ticks, labels: format.tickLabels(ticks), scale: x),
                        plot: plot, canvasWidth: width, label: format.axisUnit(ticks))
        var marks: [any Mark] = axis.marks
        marks.append(BarMark.horizontal(values: ranked.enumerated().map { index, item in
            (keys[index], item.value, item.highlight ? "hl" : "f0", "\(item.label): \(valueLabels[index])")
        }, band: bars, x: x))
        marks.append(RuleMark.vertical(at: [x(0)], from: plot.minY, to: plot.maxY, className: "axis"))
        marks += nameLabels(ranked, fitted: fitted, band: band, plot: plot)
        marks.append(valueMarks(ranked, labels: valueLabels, band: band, x: x))
        return (height, marks)
    }

    func xScale(_ ranked: [Item], plot: Rect, count: Double) -> LinearScale {
        let values = ranked.map(\.value)
        let low = min(0, values.min() ?? 0)
        var high = max(0, values.max() ?? 0)
        if low == high { high = 1 }
        return LinearScale(domain: (low, high)).niced(count).withRange(plot.minX, plot.maxX)
    }

    func nameLabels(_ ranked: [Item], fitted: [[String]], band: BandScale, plot: Rect) -> [any Mark] {
        let fs = Self.fontSize
        let lineHeight = (fs * 1.2).rounded()
        let labels = ranked.indices.map { index in
            let lines = fitted[index]
            let y = band.center(at: index) - Double(lines.count - 1) * lineHeight / 2 + fs * 0.35
            return TextMark.Label(x: plot.minX - 8, y: y, lines: lines, anchor: .end)
        }
        let plain = ranked.indices.filter { !ranked[$0].highlight }.map { labels[$0] }
        let bold = ranked.indices.filter { ranked[$0].highlight }.map { labels[$0] }
        return [TextMark(labels: plain, fontSize: fs), TextMark(labels: bold, fontSize: fs, isBold: true)]
    }

    func valueMarks(_ ranked: [Item], labels: [String], band: BandScale, x: LinearScale) -> TextMark {
        let fs = Self.fontSize
        return TextMark(labels: ranked.indices.map { index in
            let end = max(x(0), x(ranked[index].value))
            return TextMark.Label(x: end + 5, y: band.center(at: index) + fs * 0.35, lines: [labels[index]])
        }, fontSize: fs, className: "muted")
    }
}
