import ReportTemplates
import Testing

/// What a render reports it read: the templates reached.
@Suite struct TrackingTests {
    @Test func renderingListsTheTemplatesItReached() throws {
        let templates = try library([
            "base.html.mustache": "<main>{{$body}}{{/body}}</main>{{site.title}}",
            "partials/p.html.mustache": "{{name}}{{chip.h20.name}}",
            "unused.html.mustache": "",
            "page.html.mustache": "{{<base.html}}{{$body}}{{#chips}}{{> partials/p.html}}{{/chips}}{{/body}}"
                + "{{/base.html}}",
        ])
        let value: ViewValue = [
            "site": ["title": "S"], "chips": [["name": "A"]], "chip": ["h20": ["name": "H20"]], "name": "root",
        ]
        let rendering = try templates.render("page.html", with: value, mode: .strict)
        #expect(rendering.output == "<main>AH20</main>S")
        #expect(rendering.templates == ["page.html", "base.html", "partials/p.html"])
    }

    @Test func compilingTheSameTextTwiceGivesTheSameOutput() throws {
        let text = "{{#l}}{{.}};{{/l}}"
        let first = try library(["a.html.mustache": text]).render("a.html", with: ["l": ["x", "y"]])
        let second = try library(["b.html.mustache": text]).render("b.html", with: ["l": ["z"]])
        #expect(first == "x;y;")
        #expect(second == "z;")
    }
}
