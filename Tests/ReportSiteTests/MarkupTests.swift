import Foundation
import Testing
@testable import ReportSite

/// The touches on cmark's HTML, one at a time.
@Suite struct MarkupTests {
    static func strings() throws -> Strings {
        try Strings.load(templates: Fixtures.valid.appendingPathComponent("Templates"), language: "en")
    }

    static func ref(_ n: Int) -> String {
        "<sup class=\"footnote-ref\"><a href=\"#fn-s\(n)\" id=\"fnref-s\(n)\" data-footnote-ref>\(n)</a></sup>"
    }

    @Test func aSeparatorStandsOnlyBetweenAdjacentReferences() throws {
        let html = "<p>780 TFLOPS\(Self.ref(1))\(Self.ref(2)) and $15,000\(Self.ref(3)), then 4 GB\(Self.ref(4))</p>\n"
        let out = PagePolish.apply(to: html, strings: try Self.strings())
        #expect(out.components(separatedBy: PagePolish.separator).count == 2, "one pair is adjacent: \(out)")
        #expect(out.contains("780\u{00A0}TFLOPS<sup"), "value and unit are not kept together")
        #expect(out.contains("4\u{00A0}GB<sup"))
        #expect(!out.contains("and\u{00A0}$15,000"))
    }

    @Test func backLinksSayWhichReferenceTheyReturnTo() throws {
        let back = "class=\"footnote-backref\" data-footnote-backref aria-label=\"Back to content\">↩"
        let html = "<section class=\"footnotes\" data-footnotes>\n<ol>\n<li id=\"fn-a\">\n<p>A <a href=\"#fnref-a\" \(back)</a>"
            + " <a href=\"#fnref-a-2\" \(back)<sup class=\"footnote-ref\">2</sup></a></p>\n</li>\n<li id=\"fn-b\">\n"
            + "<p>B <a href=\"#fnref-b\" \(back)</a></p>\n</li>\n</ol>\n</section>\n"
        let out = PagePolish.apply(to: html, strings: try Self.strings())
        #expect(out.contains("aria-label=\"Back to reference 1\""))
        #expect(out.contains("aria-label=\"Back to reference 1, use 2\""))
        #expect(out.contains("aria-label=\"Back to reference 2\""))
        #expect(!out.contains("Back to content"))
        #expect(out.contains("<h2 id=\"footnote-label\" class=\"visually-hidden\">"))
    }

    @Test func chineseRunsGetTheirScript() {
        let out = ChineseRuns.apply(to: "<title>英伟达</title><p>Ascend (昇騰910C), Cambricon (寒武纪)</p><svg><text>华为</text></svg>")
        #expect(out.contains("<title>英伟达</title>"), "the title was touched")
        #expect(out.contains("<span lang=\"zh-Hant\">昇騰</span>910C"))
        #expect(out.contains("<span lang=\"zh-Hans\">寒武纪</span>"))
        #expect(out.contains("<text>华为</text>"), "text inside SVG was wrapped")
    }

    @Test func wideTablesAreMarkedAndEveryTableWrapped() throws {
        let narrow = "<table>\n<thead>\n<tr>\n<th>A</th>\n<th>B</th>\n</tr>\n</thead>\n</table>"
        let wide = "<table>\n<thead>\n<tr>\n" + String(repeating: "<th>X</th>\n", count: 7) + "</tr>\n</thead>\n</table>"
        let out = PagePolish.apply(to: narrow + "\n" + wide, strings: try Self.strings())
        #expect(out.contains("<div class=\"table-wrap\" tabindex=\"0\"><table>\n<thead>\n<tr>\n<th>A</th>"))
        #expect(out.contains("<div class=\"table-wrap wide\" tabindex=\"0\">"))
    }

    @Test func everyTouchInOnePassKeepsItsPlace() throws {
        let link = "<a href=\"https://example.com/a\">https://example.com/a</a>"
        let named = "<a href=\"https://example.com/b\">the filing</a>"
        let table = "<table>\n<thead>\n<tr>\n<th>Chip</th>\n<th>FP16</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>H20</td>\n"
            + "<td>148 TFLOPS\(Self.ref(1))\(Self.ref(2))</td>\n</tr>\n</tbody>\n</table>"
        let html = "<p>\(link) and \(named)</p>\n\(table)\n<p>after 4 GB\(Self.ref(3))</p>\n<table>\n<tr><td>unclosed"
        let out = PagePolish.apply(to: html, strings: try Self.strings())
        #expect(out.contains("<a class=\"url\" href=\"https://example.com/a\">https://example.com/a</a>"))
        #expect(out.contains(named), "a link with its own text was marked")
        #expect(out.contains("<div class=\"table-wrap\" tabindex=\"0\"><table>\n<thead>"))
        #expect(out.contains("</tbody>\n</table></div>\n<p>after 4\u{00A0}GB<sup"), "the wrapper closes after its table")
        #expect(out.contains("148\u{00A0}TFLOPS<sup class=\"footnote-ref\">"))
        #expect(out.components(separatedBy: PagePolish.separator).count == 2)
        #expect(out.hasSuffix("</p>\n<table>\n<tr><td>unclosed"), "an unclosed table is left as it is, once")
        #expect(out.components(separatedBy: "table-wrap").count == 2)
    }

    @Test func aTableClosedInsideALinksAddressStillClosesItsWrapper() throws {
        // Raw HTML only (cmark escapes `<` in addresses): the wrapper must not swallow the page.
        let html = "<table><tr><td><a href=\"</table>\">x</a></td></tr></table><p>after</p>"
        let out = PagePolish.apply(to: html, strings: try Self.strings())
        #expect(out.components(separatedBy: "<div").count == out.components(separatedBy: "</div>").count, "\(out)")
    }

    @Test func csvDefusesFormulasAndQuotes() {
        #expect(CSVText.cell("=HYPERLINK(\"javascript:x\")") == "\"'=HYPERLINK(\"\"javascript:x\"\")\"")
        #expect(CSVText.cell("-5") == "-5")
        #expect(CSVText.row(["a,b", "c"]) == "\"a,b\",c\r\n")
        #expect(CSVText.cell("two\r\nlines") == "\"two\r\nlines\"", "a CR LF inside a cell must be quoted")
    }
}

@Suite struct ChineseRunsEdgeTests {
    @Test func tagCaseSelfClosingTagsAndPunctuation() {
        let html = "<P>中文，ok。<SCRIPT>华为</SCRIPT>華為<svg/>寒武纪</p>"
        #expect(ChineseRuns.apply(to: html) == "<P><span lang=\"zh-Hans\">中文，</span>ok。<SCRIPT>华为</SCRIPT>"
            + "<span lang=\"zh-Hant\">華為</span><svg/><span lang=\"zh-Hans\">寒武纪</span></p>")
    }

    @Test func textWithoutHanIsReturnedAsItIs() {
        let html = "<p>H20 – é 😀 《》</p>"
        #expect(ChineseRuns.apply(to: html) == html)
    }
}

@Suite struct ScriptLiteralTests {
    @Test func escapesWhatCouldEndTheScriptOrTheString() {
        let text = "a\"b\\c<d>e&f\u{2028}g\u{2029}h\u{1}i\n中文 – ok"
        #expect(SearchIndex.literal(text) == #""a\"b\\c\u003cd\u003ee\u0026f\u2028g\u2029h\u0001i\u000a中文 – ok""#)
    }

    @Test func plainTextIsCopiedWhole() {
        #expect(SearchIndex.literal("") == "\"\"")
        #expect(SearchIndex.literal("H20 昇腾910B") == "\"H20 昇腾910B\"")
        // A lone E2 that is not a line separator stays as it is (an en dash is E2 80 93).
        #expect(SearchIndex.literal("\u{2013}\u{2028}") == "\"\u{2013}\\u2028\"")
    }
}
