import ReportTemplates
import Testing

/// What `{{x}}` does to text from data, by the kind of template it is written in.
@Suite struct EscapingTests {
    @Test func htmlTemplatesEscapeMarkupCharactersAndQuotes() throws {
        let templates = try library(["t.html.mustache": "<a title=\"{{t}}\">{{t}}</a>"])
        let output = try templates.render("t.html", with: ["t": "Tom's <b> & \"x\""])
        let escaped = "Tom&#39;s &lt;b&gt; &amp; &quot;x&quot;"
        #expect(output == "<a title=\"\(escaped)\">\(escaped)</a>")
        #expect(TemplateLibrary.escapeHTML("Tom's <b>") == "Tom&#39;s &lt;b&gt;")
    }

    @Test func textCannotEndAMarkdownHeadingWithAnId() throws {
        let templates = try library(["h.md.mustache": "## {{title}}\n"])
        #expect(try templates.render("h.md", with: ["title": "H100 {#content}"]) == "## H100 \\{\\#content}\n")
        #expect(TemplateLibrary.escapeMarkdown("{#x}") == "\\{\\#x}")
    }

    @Test func markdownPartialsEscapeForMarkdownInsideHTMLPages() throws {
        let templates = try library([
            "page.html.mustache": "<p>{{t}}</p>{{> partials/n.md}}",
            "partials/n.md.mustache": "*{{t}}*",
        ])
        #expect(try templates.render("page.html", with: ["t": "a*b<"]) == "<p>a*b&lt;</p>*a\\*b&lt;*")
    }

    @Test func lenientModeWritesTextInTripleBracesAndEscapesMarkupInDouble() throws {
        #expect(try lenient("{{{t}}}|{{m}}", ["t": "<i>", "m": .raw("<b>")]) == "<i>|&lt;b&gt;")
    }
}
