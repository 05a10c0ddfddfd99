import Testing
@testable import ReportCharts

/// Charts inlined together in one HTML page must not share ids or restyle each other.
@Suite struct InlineTests {
    @Test func twoChartsOnOnePageShareNoId() throws {
        let first = try Samples.rankedBars.render(), second = try Samples.timeSeries.render()
        let firstIDs = SVGInspector(first.svg).ids, secondIDs = SVGInspector(second.svg).ids
        #expect(firstIDs.count >= 3)
        #expect(Set(firstIDs).isDisjoint(with: secondIDs))
        for (chart, ids) in [(first, firstIDs), (second, secondIDs)] {
            #expect(Set(ids).count == ids.count, "\(chart.id) repeats an id")
            for id in ids { #expect(id == chart.id || id.hasPrefix(chart.id + "-"), "\(id) is not prefixed") }
        }
    }

    @Test func theAccessibleNameRefersToIdsInsideTheChart() throws {
        for (_, chart) in try Samples.all() {
            let svg = SVGInspector(chart.svg)
            let refs = try #require(svg.rootAttributes["aria-labelledby"]).split(separator: " ").map(String.init)
            #expect(refs.allSatisfy(svg.ids.contains))
        }
    }

    @Test func everyStyleRuleIsScopedToItsOwnChart() throws {
        for (name, chart) in try Samples.all() {
            let svg = SVGInspector(chart.svg)
            let scope = ".rc-\(chart.id) "
            let classes = svg.rootAttributes["class"]?.split(separator: " ").map(String.init) ?? []
            #expect(classes.contains("rc-\(chart.id)"), "\(name)")
            let css = svg.styles.joined()
            #expect(css.contains("@media (prefers-color-scheme: dark){"), "\(name)")
            let rules = css.replacingOccurrences(of: "@media (prefers-color-scheme: dark){", with: "")
                .split(separator: "}").filter { !$0.isEmpty }
            #expect(rules.count > 20)
            for rule in rules {
                let selectors = rule.split(separator: "{")[0].split(separator: ",")
                for selector in selectors {
                    #expect(selector.hasPrefix(scope), "\(name): '\(selector)' reaches outside the chart")
                }
            }
        }
    }

    @Test func distinctNonLatinIdsStayDistinct() throws {
        let a = try RankedBarChart(id: "昇騰", title: "", items: [.init(label: "A", value: 1)]).render()
        let b = try RankedBarChart(id: "鲲鹏", title: "", items: [.init(label: "A", value: 1)]).render()
        #expect(a.id != b.id)
        #expect(Set(SVGInspector(a.svg).ids).isDisjoint(with: SVGInspector(b.svg).ids))
    }
}
