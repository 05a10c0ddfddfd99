public extension TimelineChart {
    /// Draws the chart; throws `ChartError` for no events, invalid dates, an end before
    /// its start, or a bad size.
    func render() throws -> Chart {
        let layout = try layout()
        let document = ChartDocument(id: layout.id, title: title, summary: summary,
                                     width: width, height: layout.height, marks: layout.marks)
        return Chart(id: layout.id, svg: document.svg, table: table, summary: summary)
    }
}

/// The timeline's marks and label boxes, for rendering and tests.
struct TimelineLayout: Sendable {
    var id: String
    var height: Double
    var marks: [any Mark]
    /// Boxes of every event label.
    var labelRects: [Rect]
}

extension TimelineChart {
    /// Events by start date, then label.
    var sorted: [Event] {
        events.sorted { ($0.start, $0.label) < ($1.start, $1.label) }
    }

    /// Validates the input and lays the chart out.
    func layout() throws -> TimelineLayout {
        let chartID = id.chartID
        try Validation.checkSize(chart: chartID, width: width, height: height)
        guard !events.isEmpty else { throw ChartError.noData(chart: chartID) }
        var validation = Validation(chart: chartID)
        for (index, event) in events.enumerated() {
            let name = "event \(index + 1) ('\(event.label)')"
            validation.requireValid(event.start, "\(name) start")
            if let end = event.end {
                validation.requireValid(end, "\(name) end")
                validation.require(!(end < event.start), "\(name) ends before it starts")
            }
        }
        try validation.check()
        return build(chartID)
    }
}

private extension TimelineChart {
    static let fontSize = Typography.fontSize
    static let radius = 5.0

    func domain() -> (ChartDate, ChartDate) {
        let low = events.map(\.start).min()!, high = events.map { $0.end ?? $0.start }.max()!
        let pad = max(20, (high.dayNumber - low.dayNumber) / 40)
        return (ChartDate(dayNumber: low.dayNumber - pad), ChartDate(dayNumber: high.dayNumber + pad))
    }

    func build(_ chartID: String) -> TimelineLayout {
        let fs = Self.fontSize
        let lineHeight = Typography.lineHeight
        let categories = OrdinalScale(keys: sorted.map(\.category).filter { !$0.isEmpty })
        let legend = categories.domain.count > 1 ? Legend(scale: categories) : Legend(entries: [])
        let legendHeight = legend.height(maxWidth: width - 16)
        let top = 8 + legendHeight + (legendHeight > 0 ? 8 : 0)
        let x = TimeScale(domain: domain(), range: (16, width - 16))
        let plotWidth = width - 32
        var stacker = LaneStacker(gap: 14)
        var placed: [(event: Event, lane: Int, left: Double, lines: [String])] = []
        for event in sorted {
            let x1 = x(event.start), x2 = x(event.end ?? event.start)
            let label = sideLabel(event.label, x1: x1, x2: x2, plotWidth: plotWidth)
            let w = TextMeasure.width(of: label.lines, fontSize: fs)
            let lane = stacker.place(from: min(label.left, x1 - Self.radius), to: max(label.left + w, x2 + Self.radius))
            placed.append((event, lane, label.left, label.lines))
        }
        // Each lane is as tall as its longest label; marks sit beside their label's first line.
        let laneCount = max(1, stacker.laneCount)
        let laneHeights = (0..<laneCount).map { lane in
            Double(placed.filter { $0.lane == lane }.map(\.lines.count).max() ?? 1) * lineHeight + 10
        }
        let laneTops = (0..<laneCount).map { lane in top + laneHeights[..<lane].reduce(0, +) }
        let plot = Rect(x: 16, y: top, width: plotWidth, height: laneHeights.reduce(0, +))
        let height = self.height ?? plot.maxY + 36
        let count = max(2, (plotWidth / 90).rounded(.down))
        let interval = x.tickInterval(count)
        let dates = x.dateTicks(count)
        // No grid: vertical rules would run through the event labels.
        let axis = Axis(edge: .bottom, ticks: zip(dates, x.tickLabels(dates, interval: interval)).map { .init(position: x($0), label: $1) },
                        plot: plot, canvasWidth: width, grid: false)
        var marks: [any Mark] = legend.marks(at: PixelPoint(x: 8, y: 8), maxWidth: width - 16) + axis.marks
        var intervals: [IntervalMark.Interval] = []
        var dots: [DotMark.Dot] = []
        var labels: [TextMark.Label] = []
        var rects: [Rect] = []
        for item in placed {
            let rowTop = laneTops[item.lane]
            let baseline = rowTop + 4 + fs
            let markY = baseline - fs * 0.35
            let slot = item.event.category.isEmpty ? 0 : categories.slot(item.event.category)
            let tooltip = tooltip(item.event)
            if let end = item.event.end, end != item.event.start {
                intervals.append(.init(x1: x(item.event.start), x2: x(end), y: markY, className: "f\(slot)", title: tooltip))
            } else {
                dots.append(.init(center: PixelPoint(x: x(item.event.start), y: markY), className: "f\(slot) dot", title: tooltip))
            }
            labels.append(.init(x: item.left, y: baseline, lines: item.lines))
            rects.append(Rect(x: item.left, y: baseline - fs, width: TextMeasure.width(of: item.lines, fontSize: fs),
                              height: fs * 1.25 + Double(item.lines.count - 1) * lineHeight))
        }
        marks += [IntervalMark(intervals: intervals, thickness: 8), DotMark(dots: dots, radius: Self.radius),
                  TextMark(labels: labels, fontSize: fs)]
        return TimelineLayout(id: chartID, height: height, marks: marks, labelRects: rects)
    }

    /// A label beside its mark, on the side where it wraps onto fewer lines (right on a tie),
    /// wrapped to the room on that side and at most 60% of the plot.
    func sideLabel(_ text: String, x1: Double, x2: Double, plotWidth: Double) -> (left: Double, lines: [String]) {
        let fs = Self.fontSize
        let gap = Self.radius + 5
        let right = TextMeasure.wrap(text, maxWidth: min(plotWidth * 0.6, max(40, width - 8 - x2 - gap)), fontSize: fs)
        let left = TextMeasure.wrap(text, maxWidth: min(plotWidth * 0.6, max(40, x1 - gap - 8)), fontSize: fs)
        let fitsRight = x2 + gap + TextMeasure.width(of: right, fontSize: fs) <= width - 4
        let fitsLeft = x1 - gap - TextMeasure.width(of: left, fontSize: fs) >= 4
        if fitsRight && (!fitsLeft || right.count <= left.count) { return (x2 + gap, right) }
        if fitsLeft { return (x1 - gap - TextMeasure.width(of: left, fontSize: fs), left) }
        return (max(4, min(x2 + gap, width - 4 - TextMeasure.width(of: right, fontSize: fs))), right)
    }

    func tooltip(_ event: Event) -> String {
        let when = event.end.map { "\(event.start.iso) – \($0.iso)" } ?? event.start.iso
        return "\(when): \(event.label)" + (event.category.isEmpty ? "" : " (\(event.category))")
    }
}
