import Foundation
import Synchronization
import Testing
@testable import ReportMarkdown

@Suite struct MarkdownTests {
    @Test func rendersTables() {
        let html = Markdown.html(from: "| a | b |\n|---|--:|\n| 1 | 2 |\n").html
        #expect(html.contains("<table>"))
        #expect(html.contains("<td align=\"right\">2</td>"))
    }

    @Test func rendersStrikethroughAndTaskLists() {
        let html = Markdown.html(from: "~~old~~\n\n- [x] done\n- [ ] open\n").html
        #expect(html.contains("<del>old</del>"))
        #expect(html.contains("type=\"checkbox\" checked=\"\" disabled=\"\""))
    }

    @Test func autolinksBareURLs() {
        let html = Markdown.html(from: "See www.example.com and https://example.org/x.").html
        #expect(html.contains("<a href=\"http://www.example.com\">www.example.com</a>"))
        #expect(html.contains("<a href=\"https://example.org/x\">https://example.org/x</a>"))
    }

    @Test func rendersFootnotes() {
        let html = Markdown.html(from: "Revenue fell.[^a]\n\n[^a]: Reuters, 2025.\n").html
        #expect(html.contains("<section class=\"footnotes\""))
        #expect(html.contains("href=\"#fn-a\""))
        #expect(html.contains("Reuters, 2025."))
    }

    @Test func dropsRawHTMLByDefault() {
        let html = Markdown.html(from: "<script>alert(1)</script>\n\nText <b onclick=\"x\">bold</b>").html
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b onclick"))
    }

    @Test func tagFilterNeutralisesScriptWhenRawHTMLIsOn() {
        let html = Markdown.html(from: "<script>alert(1)</script>\n", options: [.unsafeHTML]).html
        #expect(html.contains("&lt;script>"))
    }

    @Test func scrubsJavascriptLinks() {
        let html = Markdown.html(from: "[x](javascript:alert(1)) ![y](javascript:alert(2))").html
        #expect(!html.contains("javascript:"))
    }

    @Test func giveHeadingsStableUniqueIds() {
        let document = Markdown.html(from: "# The H20's round trip\n\n## Sources\n\n## Sources\n\n### 昇騰 910C\n")
        #expect(document.headings.map(\.id) == ["the-h20s-round-trip", "sources", "sources-1", "昇騰-910c"])
        #expect(document.html.contains("<h2 id=\"sources-1\">Sources</h2>"))
        #expect(document.html.contains("<h3 id=\"昇騰-910c\">昇騰 910C</h3>"))
    }

    @Test func headingTextIncludesInlineMarkup() {
        let document = Markdown.html(from: "## The *H20* and `H100`\n")
        #expect(document.headings == [.init(level: 2, text: "The H20 and H100", id: "the-h20-and-h100")])
    }

    @Test func headingInsideCodeBlockIsNotAnAnchor() {
        let document = Markdown.html(from: "```\n<h2>x</h2>\n```\n\n## Real\n")
        #expect(document.html.contains("&lt;h2&gt;x&lt;/h2&gt;"))
        #expect(document.html.contains("<h2 id=\"real\">Real</h2>"))
    }

    @Test func explicitHeadingIdsAreUsedAndRemovedFromText() {
        let document = Markdown.html(from: "## Reuters: *Nvidia* charge {#src-reuters-2025}\n\n## Not an id {#bad id}\n")
        #expect(document.headings.map(\.id) == ["src-reuters-2025", "not-an-id-bad-id"])
        #expect(document.html.contains("<h2 id=\"src-reuters-2025\">Reuters: <em>Nvidia</em> charge</h2>"))
    }

    @Test func anEscapedBraceIsTextNotAHeadingId() {
        let document = Markdown.html(from: "## H100 \\{#content}\n\n## Kept {#kept} ##\n\nLine\n\\{#setext}\n---\n")
        #expect(document.headings.map(\.id) == ["h100-content", "kept", "linesetext"])
        #expect(document.html.contains("<h2 id=\"h100-content\">H100 {#content}</h2>"))
        #expect(!document.html.contains("id=\"content\""))
        #expect(Markdown.html(from: "## H100 \\{\\#content}\n").headings.map(\.id) == ["h100-content"])
    }

    @Test func parallelConversionsKeepTheirAutolinks() async {
        let text = "See https://example.org/a and www.example.com.\n"
        let expected = Markdown.html(from: text).html
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<200 { group.addTask { Markdown.html(from: text).html } }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == expected })
        #expect(expected.contains("<a href=\"https://example.org/a\">"))
    }

    /// Documents of different lengths with every extension's syntax, converted on every core at
    /// once, come out exactly as they do one at a time (extensions' special characters are a
    /// process-wide table in cmark-gfm).
    @Test func parallelConversionsOfMixedDocumentsMatchSerialOnes() {
        let paragraph = "A ~~struck~~ word, https://example.org/x and www.example.com, a [^n] note.\n\n"
            + "| a | b |\n|---|---|\n| 1 | ~~2~~ |\n\n- [x] done\n- [ ] open\n\n"
        let texts = (1...40).map { String(repeating: paragraph, count: $0) + "[^n]: N https://example.net.\n" }
        let expected = texts.map { Markdown.html(from: $0).html }
        let results = Mutex<[Int: String]>([:])
        DispatchQueue.concurrentPerform(iterations: 400) { index in
            let html = Markdown.html(from: texts[index % texts.count]).html
            results.withLock { $0[index] = html }
        }
        let all = results.withLock { $0 }
        #expect(all.count == 400)
        #expect(all.allSatisfy { $0.value == expected[$0.key % texts.count] })
        #expect(expected[0].contains("<a href=\"http://www.example.com\">") && expected[0].contains("<del>"))
    }

    @Test func sameInputSameOutput() {
        let text = "# A\n\n| x |\n|---|\n| 1 |\n\nNote.[^n]\n\n[^n]: N.\n"
        #expect(Markdown.html(from: text) == Markdown.html(from: text))
    }
}
