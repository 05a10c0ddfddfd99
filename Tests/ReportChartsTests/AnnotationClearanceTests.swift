import Testing
@testable import ReportCharts

/// Event labels stay clear of every rule and line that is not their own.
@Suite struct AnnotationClearanceTests {
    /// A straight segment, for crossing checks.
    struct Segment: Equatable {
        var x1, y1, x2, y2: Double
    }

    /// Whether the segment passes through the inside of `rect` (Liang–Barsky clipping).
    func crosses(_ s: Segment, _ rect: Rect) -> Bool {
        let dx = s.x2 - s.x1, dy = s.y2 - s.y1
        var t0 = 0.0, t1 = 1.0
        let edges = [(-dx, s.x1 - rect.minX), (dx, rect.maxX - s.x1), (-dy, s.y1 - rect.minY), (dy, rect.maxY - s.y1)]
        for (p, q) in edges {
            if p == 0 {
                if q <= 0 { return false }
            } else {
                let t = q / p
                if p < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
            }
        }
        return t0 < t1
    }

    /// Every rule segment and every piece of every line among `marks`.
    func segments(_ marks: [any Mark]) -> [Segment] {
        var result: [Segment] = []
        for mark in marks {
            if let rules = mark as? RuleMark {
                result += rules.segments.map { Segment(x1: $0.x1, y1: $0.y1, x2: $0.x2, y2: $0.y2) }
            }
            if let line = mark as? LineMark {
                for run in line.runs {
                    result += zip(run, run.dropFirst()).map { Segment(x1: $0.x, y1: $0.y, x2: $1.x, y2: $1.y) }
                }
            }
        }
        return result
    }

    func expectClear(_ rects: [Rect], own: [Segment?], marks: [any Mark],
                     sourceLocation: SourceLocation = #_sourceLocation) {
        let all = segments(marks)
        #expect(!all.isEmpty, sourceLocation: sourceLocation)
        for (index, rect) in rects.enumerated() {
            for segment in all where segment != own[index] {
                #expect(!crosses(segment, rect), "label \(index) at \(rect) is crossed by \(segment)",
                        sourceLocation: sourceLocation)
            }
        }
    }

    @Test func theCheckSeesACrossing() {
        #expect(crosses(Segment(x1: 5, y1: 0, x2: 5, y2: 20), Rect(x: 0, y: 5, width: 10, height: 5)))
        #expect(!crosses(Segment(x1: 10, y1: 0, x2: 10, y2: 20), Rect(x: 0, y: 5, width: 10, height: 5)))
        #expect(crosses(Segment(x1: 0, y1: 0, x2: 20, y2: 20), Rect(x: 8, y: 8, width: 2, height: 2)))
    }

    static let crowded = TimeSeriesChart(
        id: "crowded", title: "",
        series: [.init(name: "s", points: Samples.quarters(2023, [1, 2, 3, 4, 5, 6, 7, 8]))],
        annotations: [
            .init(date: ChartDate(year: 2023, month: 10, day: 17),
                  label: "US tightens the chip rules, catching the A800"),
            .init(date: ChartDate(year: 2023, month: 11, day: 1), label: "Nvidia says the US will grant H20 licences"),
            .init(date: ChartDate(year: 2023, month: 11, day: 20), label: "Short"),
            .init(date: ChartDate(year: 2024, month: 4, day: 9),
                  label: "US tells Nvidia the H20 needs an export licence"),
            .init(date: ChartDate(year: 2024, month: 4, day: 30), label: "Nvidia asks suppliers to halt H20 work"),
            .init(date: ChartDate(year: 2024, month: 12, day: 2), label: "HBM rule"),
            .init(date: ChartDate(year: 2024, month: 12, day: 20), label: "China's regulator opens an investigation"),
        ],
        format: .number())

    @Test(arguments: [Samples.timeSeries, Self.crowded])
    func timeSeriesEventLabelsCrossNoOtherRuleOrLine(chart: TimeSeriesChart) {
        let layout = chart.layout()
        #expect(layout.labelRects.count == chart.annotations.count)
        let own = layout.labelRules.map { Optional(Segment(x1: $0.x1, y1: $0.y1, x2: $0.x2, y2: $0.y2)) }
        expectClear(layout.labelRects, own: own, marks: layout.marks)
    }

    @Test func timelineLabelsCrossNoRuleAndCoverNoEvent() throws {
        let layout = try Samples.timeline.layout()
        expectClear(layout.labelRects, own: layout.labelRects.map { _ in nil }, marks: layout.marks)
        var markRects: [Rect] = []
        for mark in layout.marks {
            if let dots = mark as? DotMark { markRects += dots.dots.map(dots.bounds) }
            if let spans = mark as? IntervalMark {
                markRects += spans.intervals.map { Rect(x: min($0.x1, $0.x2), y: $0.y - spans.thickness / 2,
                                                        width: abs($0.x2 - $0.x1), height: spans.thickness) }
            }
        }
        #expect(markRects.count == Samples.timeline.events.count)
        for label in layout.labelRects {
            #expect(!markRects.contains { $0.intersects(label) }, "\(label) covers an event's mark")
        }
    }

    @Test func rangeLabelsCrossNoRuleAndCoverNoDot() throws {
        let estimates = [30, 31, 32, 50, 51, 70, 70, 90].enumerated().map {
            RangeChart.Estimate(label: "Source \($0.offset) with a rather long name", value: Double($0.element))
        }
        for chart in [Samples.range, RangeChart(id: "r", title: "", estimates: estimates)] {
            let layout = try chart.layout()
            expectClear(layout.labelRects, own: layout.labelRects.map { _ in nil }, marks: layout.marks)
            let dots = layout.marks.compactMap { $0 as? DotMark }.flatMap { mark in mark.dots.map(mark.bounds) }
            #expect(!dots.isEmpty)
            for label in layout.labelRects {
                #expect(!dots.contains { $0.intersects(label) }, "\(label) covers a dot")
            }
        }
    }
}
