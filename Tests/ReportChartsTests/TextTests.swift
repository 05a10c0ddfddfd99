import Testing
@testable import ReportCharts

@Suite struct TextTests {
    @Test func cjkCharactersAreOneEm() {
        #expect(TextMeasure.width("昇騰", fontSize: 10) == 20)
        #expect(TextMeasure.width("昇騰910C", fontSize: 10) > TextMeasure.width("910C", fontSize: 10) + 19)
        #expect(TextMeasure.width("ＡＢ", fontSize: 10) == 20)
    }

    @Test func latinIsProportional() {
        #expect(TextMeasure.width("iiii", fontSize: 10) < TextMeasure.width("MMMM", fontSize: 10))
    }

    @Test func longLabelsWrapWithoutLosingACharacter() {
        let text = "Cambricon MLU370-X8 dual-chip accelerator board"
        let lines = TextMeasure.wrap(text, maxWidth: 90, fontSize: 11)
        #expect(lines == ["Cambricon", "MLU370-X8", "dual-chip", "accelerator", "board"])
        #expect(lines.allSatisfy { TextMeasure.width($0, fontSize: 11) <= 90 })
        #expect(!lines.joined().contains("…"))
        #expect(TextMeasure.wrap("H20", maxWidth: 90, fontSize: 11) == ["H20"])
    }

    @Test func aWordTooLongForALineBreaksAfterHyphensThenBetweenLetters() {
        #expect(TextMeasure.wrap("MLU370-X8", maxWidth: 50, fontSize: 11) == ["MLU370-", "X8"])
        let narrow = TextMeasure.wrap("MLU370-X8", maxWidth: 40, fontSize: 11)
        #expect(narrow.count >= 2 && narrow.joined() == "MLU370-X8" && !narrow.contains { $0.hasPrefix("-") })
        let lines = TextMeasure.wrap("Supercalifragilistic", maxWidth: 40, fontSize: 11)
        #expect(lines.count > 1)
        #expect(lines.joined() == "Supercalifragilistic")
        #expect(lines.allSatisfy { TextMeasure.width($0, fontSize: 11) <= 40 })
    }

    @Test func cjkTextWrapsBetweenCharacters() {
        let lines = TextMeasure.wrap("华为昇騰人工智能处理器", maxWidth: 50, fontSize: 10)
        #expect(lines == ["华为昇騰人", "工智能处理", "器"])
    }

    @Test func wrappedLabelsBecomeTspans() throws {
        let chart = try RankedBarChart(id: "w", title: "", items: [
            .init(label: "Cambricon MLU370-X8 dual-chip accelerator board", value: 1), .init(label: "B", value: 2),
        ]).render()
        #expect(!chart.svg.contains("…"))
        #expect(chart.svg.contains("<tspan x=\"") && chart.svg.contains("dy=\"16\""))
        let spoken = SVGInspector(chart.svg).text
        for word in ["Cambricon", "MLU370-", "X8", "dual-chip", "accelerator", "board"] {
            #expect(spoken.contains(word), "\(word) is missing")
        }
    }

    @Test func escapingCoversAllFiveCharacters() {
        #expect("<a href=\"x\">Tom & 'Jerry'</a>".xmlEscaped == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
        #expect("bell\u{7}".xmlEscaped == "bell")
    }

    @Test func chartIDsAreSanitised() {
        #expect("FP16 Ranked!".chartID == "fp16-ranked")
        #expect("昇騰".chartID.hasPrefix("chart-"))
        #expect("昇騰".chartID != "鲲鹏".chartID)
        #expect("昇騰 910".chartID == "c-910-940bd5")
        #expect("昇騰".chartID == "chart-9d8dcf")
        #expect("昇騰".chartID == "昇騰".chartID)
        #expect("910C chart".chartID == "c-910c-chart")
        #expect("\" onload=\"x".chartID == "onload-x")
    }
}
