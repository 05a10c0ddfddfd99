import Testing
@testable import ReportCharts

@Suite struct LabelOverlapTests {
    func expectDisjoint(_ rects: [Rect], sourceLocation: SourceLocation = #_sourceLocation) {
        for i in rects.indices {
            for j in rects.indices where j > i {
                #expect(!rects[i].intersects(rects[j]), "\(rects[i]) overlaps \(rects[j])", sourceLocation: sourceLocation)
            }
        }
    }

    @Test(arguments: [5, 11, 23] as [UInt64])
    func scatterLabelsAvoidEachOtherAndThePoints(seed: UInt64) throws {
        var random = LCG(state: seed)
        let points = (0..<30).map { i in
            ScatterChart.Point(label: i % 3 == 0 ? "昇騰\(900 + i)" : "Chip \(i)", x: random.next() * 10, y: random.next() * 100)
        }
        let layout = try ScatterChart(id: "s", title: "", points: points, xLabel: "x", yLabel: "y").layout()
        expectDisjoint(layout.labelRects)
        for label in layout.labelRects {
            #expect(!layout.dotRects.contains { $0.intersects(label) })
        }
        #expect(layout.labelRects.count + layout.dropped.count == points.count)
    }

    @Test func sampleScatterPlacesEveryLabel() throws {
        let layout = try Samples.scatter.layout()
        #expect(layout.dropped.isEmpty)
        expectDisjoint(layout.labelRects)
    }

    @Test func timelineLabelsNeverOverlap() throws {
        let events = (0..<20).map { i in
            TimelineChart.Event(start: ChartDate(year: 2023, month: 1 + i % 3, day: 1 + i),
                                label: i.isMultiple(of: 2) ? "华为昇騰发布 \(i)" : "A rather long event label number \(i)",
                                category: "c\(i % 4)")
        }
        let layout = try TimelineChart(id: "t", title: "", events: events).layout()
        expectDisjoint(layout.labelRects)
        #expect(layout.labelRects.allSatisfy { $0.minX >= 0 && $0.maxX <= 640 })
        expectDisjoint(try Samples.timeline.layout().labelRects)
    }

    @Test func rangeLabelsNeverOverlap() throws {
        let estimates = (0..<8).map { RangeChart.Estimate(label: "Source \($0)", value: 10 + Double($0 % 3) * 0.1) }
        expectDisjoint(try RangeChart(id: "r", title: "", estimates: estimates).layout().labelRects)
    }

    @Test func placerGivesUpWhenNothingFits() {
        var placer = LabelPlacer(bounds: Rect(x: 0, y: 0, width: 20, height: 20), obstacles: [])
        #expect(placer.place(width: 50, height: 10, around: PixelPoint(x: 10, y: 10), radius: 2) == nil)
    }
}
