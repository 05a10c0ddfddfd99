import Testing
@testable import ReportCharts

/// Every chart stays legible on a phone: shown in a 350 px column (a 390 px screen less its
/// margins), no text may come out smaller than 10 CSS px.
@Suite struct PhoneLayoutTests {
    /// The smallest text of `chart` in CSS px when it is shown at `column` px or its own width.
    func smallestText(_ chart: Chart, column: Double) throws -> Double {
        let svg = SVGInspector(chart.svg)
        let viewBox = try #require(svg.rootAttributes["viewBox"]).split(separator: " ").compactMap { Double($0) }
        let canvasWidth = try #require(viewBox.count == 4 ? viewBox[2] : nil)
        let shown = min(column, try #require(svg.rootAttributes["width"].flatMap(Double.init)))
        let sizes = svg.fontSizes.compactMap(Double.init)
        #expect(sizes.count == svg.fontSizes.count, "a font-size is not a plain number: \(svg.fontSizes)")
        return try #require(sizes.min()) * shown / canvasWidth
    }

    @Test(arguments: ["ranked-bars", "normalized-bars", "time-series", "scatter", "timeline", "range"])
    func noTextUnderTenPixelsAt350(name: String) throws {
        let chart = try #require(try Samples.all().first { $0.name == name }?.chart)
        let smallest = try smallestText(chart, column: 350)
        #expect(smallest >= 10, "\(name): smallest text \(smallest) px at 350 px")
    }

    @Test func aWiderCanvasWouldFailTheCheck() throws {
        var wide = Samples.rankedBars
        wide.width = 640
        #expect(try smallestText(wide.render(), column: 350) < 10)
    }

    @Test func everyTextElementInheritsOrSetsASize() throws {
        for (name, chart) in try Samples.all() {
            let svg = SVGInspector(chart.svg)
            #expect(svg.rootAttributes["font-size"] != nil, "\(name)")
        }
    }
}
