import Testing
import ReportTemplates

/// Long templates are parsed in pieces; the output and error positions must not show it.
@Suite struct ChunkingTests {
    static func longTemplate(sectionAt start: Int, through end: Int, lines: Int) -> String {
        (1...lines).map { line in
            if line == start { return "{{#items}}" }
            if line == end { return "{{/items}}" }
            return "line \(line) {{name}}"
        }.joined(separator: "\n") + "\n"
    }

    static func expected(sectionAt start: Int, through end: Int, lines: Int, items: Int) -> String {
        var output = ""
        let inner = ((start + 1)..<end).map { "line \($0) x\n" }.joined()
        for line in 1...lines where line < start || line > end { if line == end + 1 { output += String(repeating: inner, count: items) }; output += "line \(line) x\n" }
        return output
    }

    @Test func aLongBriefingRendersAsIfWhole() throws {
        let text = Self.longTemplate(sectionAt: 35, through: 55, lines: 130)
        let templates = try library(["briefings/long.html.mustache": text, "page.html.mustache": text])
        let value: ViewValue = ["name": "x", "items": [["a": "1"], ["a": "2"]]]
        let expected = Self.expected(sectionAt: 35, through: 55, lines: 130, items: 2)
        #expect(try templates.render("briefings/long.html", with: value) == expected)
        #expect(try templates.render("page.html", with: value) == expected)
    }

    @Test func blankLinesSurviveInLongMarkdown() throws {
        let lines = (1...90).map { $0 % 3 == 0 ? "" : ($0 % 3 == 1 ? "## Heading {{name}} \($0)" : "Paragraph \($0).") }
        let text = lines.joined(separator: "\n") + "\n"
        let templates = try library(["briefings/long.md.mustache": text])
        #expect(try templates.render("briefings/long.md", with: ["name": "H20"]) == text.replacingOccurrences(of: "{{name}}", with: "H20"))
    }

    @Test func aSyntaxErrorLateInALongBriefingHasItsLineWhenRendered() throws {
        var lines = (1...120).map { "line \($0)" }
        lines[99] = "{{#open}} closed as {{/other}}"
        let templates = try library(["briefings/long.md.mustache": lines.joined(separator: "\n") + "\n"])
        #expect {
            try templates.render("briefings/long.md", with: [:])
        } throws: { error in
            (error as? TemplateError)?.problems.map { "\($0.line):\($0.column)" } == ["100:24"]
        }
    }

    @Test func briefingsCannotBePartials() throws {
        let templates = try library(["briefings/a.md.mustache": "A\n", "page.md.mustache": "{{> briefings/a.md}}\n"])
        #expect(templates.problems(rendering: "page.md", with: [:]).map(\.description) == [
            "Templates/page.md.mustache:1:1: error: a briefing cannot be used as a partial; move the shared part to partials/",
        ])
    }
}
