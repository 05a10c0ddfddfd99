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

    @Test func longLabelsWrapThenTruncate() {
        let fitted = TextMeasure.fit("Cambricon MLU370-X8 dual-chip accelerator board", maxWidth: 90, fontSize: 11, maxLines: 2)
        #expect(fitted.lines.count == 2)
        #expect(fitted.isTruncated)
        #expect(fitted.lines.last!.hasSuffix("…"))
        #expect(fitted.lines.allSatisfy { TextMeasure.width($0, fontSize: 11) <= 90 })
        let short = TextMeasure.fit("H20", maxWidth: 90, fontSize: 11, maxLines: 2)
        #expect(short == FittedText(lines: ["H20"], isTruncated: false))
    }

    @Test func cjkTextWrapsBetweenCharacters() {
        let fitted = TextMeasure.fit("华为昇騰人工智能处理器", maxWidth: 50, fontSize: 10, maxLines: 3)
        #expect(fitted.lines.count == 3)
        #expect(fitted.lines.allSatisfy { TextMeasure.width($0, fontSize: 10) <= 50 })
    }

    @Test func escapingCoversAllFiveCharacters() {
        #expect("<a href=\"x\">Tom & 'Jerry'</a>".xmlEscaped == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
        #expect("bell\u{7}".xmlEscaped == "bell")
    }

    @Test func chartIDsAreSanitised() {
        #expect("FP16 Ranked!".chartID == "fp16-ranked")
        #expect("昇騰".chartID == "chart")
        #expect("910C chart".chartID == "c-910c-chart")
        #expect("\" onload=\"x".chartID == "onload-x")
    }
}
