public extension NormalizedBarChart {
    /// Draws the chart; throws `ChartError` if the reference is missing, zero or unknown,
    /// if a series has the wrong number of values, or for a bad size.
    func render() throws -> Chart {
        let chartID = id.chartID
        try Validation.checkSize(chart: chartID, width: width, height: height)
        guard !groups.isEmpty, !series.isEmpty else { throw ChartError.noData(chart: chartID) }
        try validate(chartID)
        let document = ChartDocument(id: chartID, title: title, summary: summary,
                                     width: width, height: height, marks: marks())
        return Chart(id: chartID, svg: document.svg, table: table, summary: summary)
    }
}

extension NormalizedBarChart {
    /// Each series' values divided by its reference value (`nil` stays `nil`).
    var normalized: [[Double?]] {
        guard let r = groups.firstIndex(of: reference) else { return series.map { $0.values.map { _ in nil } } }
        return series.map { s in
            let base = r < s.values.count ? s.values[r] : nil
            return s.values.map { value in value.flatMap { v in base.map { v / $0 } } }
        }
    }
}

private extension NormalizedBarChart {
    static let fontSize = Typography.fontSize

    func validate(_ chartID: String) throws {
        var validation = Validation(chart: chartID)
        let r = groups.firstIndex(of: reference)
        validation.require(r != nil, "reference '\(reference)' is not one of the groups")
        for spec in series {
            validation.require(spec.values.count == groups.count,
                               "series '\(spec.name)' has \(spec.values.count) values for \(groups.count) groups")
            for (g, value) in spec.values.enumerated() {
                if let value { validation.requireFinite(value, "series '\(spec.name)' value \(g + 1)") }
            }
            if let r, r < spec.values.count {
                let base = spec.values[r]
                validation.require(base.map { $0.isFinite && $0 != 0 } ?? false,
                                   "series '\(spec.name)' has no non-zero value for reference '\(reference)'")
            }
        }
        try validation.check()
    }

    func marks() -> [any Mark] {
        let fs = Self.fontSize
        let legend = Legend(entries: series.enumerated().map { .init(label: $1.name, swatch: .fill("f\($0 % Palette.count)")) }
                            + [.init(label: "\(reference) = 1×", swatch: .reference)])
        let legendHeight = legend.height(maxWidth: width - 16)
        let ratios = normalized
        let values = ratios.flatMap { $0.compactMap { $0 } }
        let low = min(0, values.min() ?? 0), high = max(1, values.max() ?? 1)
        var y = LinearScale(domain: (low, high)).niced(6)
        let ticks = y.ticks(6)
        let tickLabels = ValueFormat.ratio.tickLabels(ticks)
        let outerProbe = BandScale(domain: groups, range: (0, width)).padding(0.15)
        let fitted = groups.map { TextMeasure.wrap($0, maxWidth: max(20, outerProbe.step - 6), fontSize: fs) }
        let labelLines = Double(fitted.map(\.count).max() ?? 1)
        let margins = Insets(top: 8 + legendHeight + 28, right: 12,
                             bottom: 12 + labelLines * (fs * 1.2).rounded() + 4,
                             left: Axis.labelWidth(tickLabels) + 14)
        let plot = Dimensions(width: width, height: height, margins: margins).plot
        y = y.withRange(plot.maxY, plot.minY)
        var outer = BandScale(domain: groups.indices.map { "g\($0)" }, range: (plot.minX, plot.maxX))
        outer.paddingInner = 0.2
        outer.paddingOuter = 0.1
        var inner = BandScale(domain: series.indices.map { "s\($0)" }, range: (0, outer.bandwidth))
        inner.paddingInner = 0.08
        let axis = Axis(edge: .left, ticks: Axis.ticks(ticks, labels: tickLabels, scale: y), plot: plot,
                        canvasWidth: width, label: "Relative to \(reference)")
        var marks: [any Mark] = legend.marks(at: PixelPoint(x: 8, y: 8), maxWidth: width - 16)
        marks += axis.marks
        marks += bars(ratios, outer: outer, inner: inner, y: y)
        marks.append(RuleMark.horizontal(at: [y(0)], from: plot.minX, to: plot.maxX, className: "axis"))
        marks.append(RuleMark.horizontal(at: [y(1)], from: plot.minX, to: plot.maxX, className: "ref",
                                         strokeWidth: 1.5, dash: "4 3"))
        marks += groupLabels(fitted, outer: outer, plot: plot)
        return marks
    }

    func bars(_ ratios: [[Double?]], outer: BandScale, inner: BandScale, y: LinearScale) -> [any Mark] {
        var marks: [any Mark] = []
        var labels: [TextMark.Label] = []
        let labelSize = Self.fontSize
        for (s, spec) in series.enumerated() {
            let offset = inner.position(at: s)
            let items = groups.indices.compactMap { g -> (key: String, value: Double, className: String, title: String?)? in
                guard let ratio = ratios[s][g], let raw = spec.values[g] else { return nil }
                let title = "\(groups[g]) — \(spec.name): \(spec.format.format(raw)) (\(ValueFormat.ratio.format(ratio)))"
                return ("g\(g)", ratio, "f\(s % Palette.count)", title)
            }
            marks.append(BarMark.vertical(values: items, band: outer, y: y, offset: offset, width: inner.bandwidth))
            for g in groups.indices {
                let x = outer.position(at: g) + offset + inner.bandwidth / 2
                let number = ratios[s][g].map {
                    NumberText.fixed($0, decimals: 1, grouping: true, trim: false)
                } ?? "n/a"
                // The axis already says these are multiples, so a narrow bar drops the `×`.
                guard let text = [number + (ratios[s][g] == nil ? "" : "×"), number]
                    .first(where: { TextMeasure.width($0, fontSize: labelSize) <= inner.bandwidth - 2 })
                else { continue }
                let value = ratios[s][g] ?? 0
                let yText = value >= 0 ? y(value) - 3 : y(value) + labelSize + 1
                labels.append(.init(x: x, y: yText, lines: [text], anchor: .middle))
            }
        }
        marks.append(TextMark(labels: labels, fontSize: labelSize, className: "muted"))
        return marks
    }

    func groupLabels(_ fitted: [[String]], outer: BandScale, plot: Rect) -> [any Mark] {
        let fs = Self.fontSize
        let labels = groups.indices.map { g in
            TextMark.Label(x: outer.center(at: g), y: plot.maxY + 8 + fs, lines: fitted[g], anchor: .middle)
        }
        let isReference = groups.map { $0 == reference }
        return [TextMark(labels: labels.indices.filter { !isReference[$0] }.map { labels[$0] }, fontSize: fs),
                TextMark(labels: labels.indices.filter { isReference[$0] }.map { labels[$0] }, fontSize: fs, isBold: true)]
    }
}
