import Foundation
import Testing
@testable import ReportCharts

@Suite struct ChartOutputTests {
    /// Asserts the SVG parses and has the accessible structure, with no NaN or infinity.
    func expectWellFormed(_ chart: Chart, sourceLocation: SourceLocation = #_sourceLocation) {
        let svg = SVGInspector(chart.svg)
        #expect(svg.parsed, "\(svg.error ?? "")", sourceLocation: sourceLocation)
        #expect(Array(svg.elements.prefix(3)) == ["svg", "title", "desc"], sourceLocation: sourceLocation)
        #expect(svg.rootAttributes["role"] == "img", sourceLocation: sourceLocation)
        #expect(svg.rootAttributes["aria-labelledby"] == "\(chart.id)-title \(chart.id)-desc", sourceLocation: sourceLocation)
        #expect(svg.rootAttributes["viewBox"]?.hasPrefix("0 0 ") == true, sourceLocation: sourceLocation)
        #expect(!chart.svg.contains("<script"), sourceLocation: sourceLocation)
        #expect(!chart.svg.contains("foreignObject"), sourceLocation: sourceLocation)
        #expect(!chart.svg.contains("href"), sourceLocation: sourceLocation)
        #expect(!svg.attributeNames.contains { $0.lowercased().hasPrefix("on") }, sourceLocation: sourceLocation)
        let numbers = svg.attributeValues.joined(separator: " ").lowercased()
        #expect(!numbers.contains("nan") && !numbers.contains("inf"), sourceLocation: sourceLocation)
        #expect(!svg.text.contains("NaN") && !svg.text.contains("inf"), sourceLocation: sourceLocation)
        #expect(chart.svg.contains("<desc id=\"\(chart.id)-desc\">"), sourceLocation: sourceLocation)
        #expect(chart.svg.contains("prefers-color-scheme: dark"), sourceLocation: sourceLocation)
    }

    @Test func everyPresetIsWellFormed() throws {
        for (_, chart) in try Samples.all() { expectWellFormed(chart) }
    }

    @Test func renderingIsDeterministic() throws {
        let first = try Samples.all().map(\.chart)
        let second = try Samples.all().map(\.chart)
        #expect(first == second)
    }

    @Test func summariesComeFromTheData() throws {
        let chart = try Samples.rankedBars.render()
        #expect(chart.summary == "Ranked bars of 6 values from 14.4 TFLOPS (MTT S80) to 2,250 TFLOPS (B200). Highlighted: H20 (148 TFLOPS).")
        #expect(chart.svg.contains(chart.summary))
        #expect(chart.table.columns == ["Rank", "Item", "Value"])
        #expect(chart.table.rows.first == ["1", "B200", "2,250 TFLOPS"])
        #expect(try Samples.range.render().summary.contains("from $12B (Source A) to $17.5B (Source D (filing))"))
    }

    static let hostile = "<script>alert(1)</script>\" onload=\"x' &amp;"

    @Test func hostileStringsComeOutInert() throws {
        let h = Self.hostile
        let charts = [
            try RankedBarChart(id: h, title: h, items: [.init(label: h, value: 1)]).render(),
            try NormalizedBarChart(id: h, title: h, reference: h, groups: [h, "b"],
                                   series: [.init(name: h, values: [1, 2], format: .number(unit: h))]).render(),
            try TimeSeriesChart(id: h, title: h, series: [.init(name: h, points: Samples.quarters(2020, [1, 2]))],
                                annotations: [.init(date: ChartDate(year: 2020, month: 2), label: h)]).render(),
            try ScatterChart(id: h, title: h, points: [.init(label: h, x: 1, y: 2)], xLabel: h, yLabel: h).render(),
            try TimelineChart(id: h, title: h, events: [.init(start: ChartDate(year: 2020, month: 1), label: h, category: h)]).render(),
            try RangeChart(id: h, title: h, estimates: [.init(label: h, value: 1), .init(label: "b", value: 2)]).render(),
        ]
        for chart in charts {
            expectWellFormed(chart)
            #expect(chart.id == "script-alert-1-script-onload-x-amp")
            #expect(SVGInspector(chart.svg).text.contains("<script>alert(1)</script>"))
        }
    }

    @Test func emptyDataThrowsAClearError() {
        #expect(throws: ChartError.noData(chart: "a")) { try RankedBarChart(id: "a", title: "", items: []).render() }
        #expect(throws: ChartError.noData(chart: "a")) { try NormalizedBarChart(id: "a", title: "", reference: "x", groups: [], series: []).render() }
        #expect(throws: ChartError.noData(chart: "a")) { try TimeSeriesChart(id: "a", title: "", series: []).render() }
        #expect(throws: ChartError.noData(chart: "a")) {
            try TimeSeriesChart(id: "a", title: "", series: [.init(name: "s", points: Samples.quarters(2020, [nil, nil]))]).render()
        }
        #expect(throws: ChartError.noData(chart: "a")) { try ScatterChart(id: "a", title: "", points: [], xLabel: "", yLabel: "").render() }
        #expect(throws: ChartError.noData(chart: "a")) { try TimelineChart(id: "a", title: "", events: []).render() }
        #expect(throws: ChartError.noData(chart: "a")) { try RangeChart(id: "a", title: "", estimates: []).render() }
        #expect(ChartError.noData(chart: "a").description == "chart 'a': error: no data to plot")
    }

    @Test func invalidDataReportsEveryProblem() {
        let error = #expect(throws: ChartError.self) {
            try RankedBarChart(id: "gpu", title: "", items: [.init(label: "A", value: .nan), .init(label: "B", value: .infinity)]).render()
        }
        #expect(error?.description == """
            chart 'gpu': error: item 1 ('A') value is not a finite number
            chart 'gpu': error: item 2 ('B') value is not a finite number
            """)
        #expect(throws: ChartError.self) {
            try ScatterChart(id: "s", title: "", points: [.init(label: "A", x: 0, y: 1)], xLabel: "", yLabel: "", logX: true).render()
        }
        #expect(throws: ChartError.self) {
            try NormalizedBarChart(id: "n", title: "", reference: "A", groups: ["A", "B"], series: [.init(name: "s", values: [0, 1])]).render()
        }
        #expect(throws: ChartError.self) {
            try TimelineChart(id: "t", title: "", events: [.init(start: ChartDate(year: 2024, month: 2, day: 30), label: "x")]).render()
        }
        #expect(throws: ChartError.invalidSize(chart: "r", width: 10, height: 120)) {
            try RankedBarChart(id: "r", title: "", items: [.init(label: "A", value: 1)], width: 10).render()
        }
    }

    @Test func onePointAllEqualAndNegativeValuesGiveSensibleCharts() throws {
        let d = ChartDate(year: 2024, month: 5, day: 1)
        let charts = [
            try RankedBarChart(id: "one", title: "", items: [.init(label: "A", value: 5)]).render(),
            try RankedBarChart(id: "zero", title: "", items: [.init(label: "A", value: 0), .init(label: "B", value: 0)]).render(),
            try RankedBarChart(id: "neg", title: "", items: [.init(label: "A", value: -5), .init(label: "B", value: 3)]).render(),
            try NormalizedBarChart(id: "neg", title: "", reference: "A", groups: ["A", "B"], series: [.init(name: "s", values: [2, -1])]).render(),
            try TimeSeriesChart(id: "one", title: "", series: [.init(name: "s", points: [.init(date: d, value: 3)])]).render(),
            try TimeSeriesChart(id: "flat", title: "", series: [.init(name: "s", points: Samples.quarters(2020, [2, 2, 2]))],
                                includesZero: false).render(),
            try TimeSeriesChart(id: "neg", title: "", series: [.init(name: "s", points: Samples.quarters(2020, [-2, 1, .nan, 3]))]).render(),
            try ScatterChart(id: "one", title: "", points: [.init(label: "A", x: 1, y: 1)], xLabel: "x", yLabel: "y").render(),
            try ScatterChart(id: "same", title: "", points: [.init(label: "A", x: 0, y: 0), .init(label: "B", x: 0, y: 0)],
                             xLabel: "x", yLabel: "y").render(),
            try ScatterChart(id: "log", title: "", points: [.init(label: "A", x: 5, y: 5)], xLabel: "x", yLabel: "y", logX: true, logY: true).render(),
            try TimelineChart(id: "one", title: "", events: [.init(start: d, label: "A")]).render(),
            try RangeChart(id: "one", title: "", estimates: [.init(label: "A", value: 0)]).render(),
            try RangeChart(id: "neg", title: "", estimates: [.init(label: "A", value: -3), .init(label: "B", value: -3)]).render(),
        ]
        for chart in charts { expectWellFormed(chart) }
    }

    @Test func missingValuesBreakTheLine() {
        let line = LineMark(points: [PixelPoint(x: 0, y: 0), PixelPoint(x: 1, y: 1), nil, PixelPoint(x: 2, y: 2), PixelPoint(x: 3, y: 3), nil, PixelPoint(x: 4, y: 4)],
                            className: "s0")
        #expect(line.pathData == "M0,0L1,1M2,2L3,3")
        #expect(line.isolatedPoints == [PixelPoint(x: 4, y: 4)])
    }
}
