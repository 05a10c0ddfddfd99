import ReportTemplates
import Testing

/// What a render reports it read: the templates reached and the names resolved on the root.
@Suite struct TrackingTests {
    @Test func renderingListsTemplatesAndRootNames() throws {
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
        #expect(rendering.rootNames == ["chips", "chip.h20", "site.title"])
    }

    @Test func preparedValuesRenderLikeObjects() throws {
        let templates = try library(["t.html.mustache": "{{a}}{{b.c}}"])
        let prepared = PreparedValue(["a": "1"]).adding("b", ["c": "2"])
        let tracked = try templates.renderTracked("t.html", with: prepared)
        #expect(tracked.output == "12")
        #expect(tracked.names == ["a", "b.c"])
        #expect(try templates.render("t.html", with: prepared) == "12")
    }

    @Test func compilingTheSameTextTwiceGivesTheSameOutput() throws {
        let text = "{{#l}}{{.}};{{/l}}"
        let first = try library(["a.html.mustache": text]).render("a.html", with: ["l": ["x", "y"]])
        let second = try library(["b.html.mustache": text]).render("b.html", with: ["l": ["z"]])
        #expect(first == "x;y;")
        #expect(second == "z;")
    }
}
