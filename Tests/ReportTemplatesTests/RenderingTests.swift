import Testing
import ReportTemplates

@Suite struct RenderingTests {
    @Test func rendersHTMLEscapingText() throws {
        let templates = try library(["page.html.mustache": "<h1>{{title}}</h1>{{{body}}}"])
        let output = try templates.render("page.html", with: ["title": "<script>alert(\"x\")</script>", "body": .raw("<p>ok</p>")])
        #expect(output == "<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</h1><p>ok</p>")
    }

    @Test func markdownTemplatesEscapeMarkdown() throws {
        let templates = try library(["b.md.mustache": "Chip: {{name}}\n"])
        let output = try templates.render("b.md", with: ["name": "[x](javascript:alert(1)) *H20* <b>"])
        #expect(output == "Chip: \\[x\\](javascript:alert(1)) \\*H20\\* &lt;b&gt;\n")
    }

    @Test func sectionsIterateListsAndObjects() throws {
        let templates = try library(["t.html.mustache": "{{#chips}}{{name}} by {{vendor.name}}; {{/chips}}{{^empty}}none{{/empty}}"])
        let value: ViewValue = [
            "chips": [["name": "H20", "vendor": ["name": "Nvidia"]], ["name": "910C", "vendor": ["name": "Huawei"]]],
            "empty": [],
        ]
        #expect(try templates.render("t.html", with: value) == "H20 by Nvidia; 910C by Huawei; none")
    }

    @Test func partialsAndLayoutsRender() throws {
        let templates = try library([
            "base.mustache": "<main>{{$content}}default{{/content}}</main>",
            "partials/name.html.mustache": "<b>{{name}}</b>",
            "chip.html.mustache": "{{<base}}{{$content}}{{>partials/name.html}}{{/content}}{{/base}}",
        ])
        #expect(try templates.render("chip.html", with: ["name": "H20"]) == "<main><b>H20</b></main>")
    }

    @Test func sameInputSameOutput() throws {
        let templates = try library(["t.html.mustache": "{{#items}}{{a}},{{/items}}"])
        let value: ViewValue = ["items": [["a": "1"], ["a": "2"]]]
        #expect(try templates.render("t.html", with: value) == templates.render("t.html", with: value))
    }
}
