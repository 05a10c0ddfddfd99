import ReportTemplates
import Testing

/// Briefings start with YAML front matter; it is not rendered and lines keep their numbers.
@Suite struct FrontMatterTests {
    /// Briefings written on Windows have CRLF line ends; they must still have front matter.
    @Test(arguments: ["\n", "\r\n"]) func frontMatterIsNotRenderedAndKeepsLineNumbers(newline: String) throws {
        let lines = ["---", "title: T", "date: 2025-07-15", "---", "# {{heading}}", "", "{{missing}}", ""]
        let templates = try library(["briefings/a.md.mustache": lines.joined(separator: newline)])
        #expect(templates.files["briefings/a.md"]?.frontMatter == "title: T\(newline)date: 2025-07-15\(newline)")
        let output = try templates.render("briefings/a.md", with: ["heading": "H", "missing": "m"])
        #expect(output == ["# H", "", "m", ""].joined(separator: newline))
        expectProblems(templates, "briefings/a.md", ["heading": "H"], [
            "Templates/briefings/a.md.mustache:7:1: error: unknown name 'missing'",
        ])
    }

    @Test func aFileWithoutClosingDashesHasNoFrontMatter() throws {
        let templates = try library(["a.md.mustache": "---\nnot closed\n{{x}}\n"])
        #expect(templates.files["a.md"]?.frontMatter == nil)
        #expect(try templates.render("a.md", with: ["x": "y"]) == "---\nnot closed\ny\n")
    }

    @Test func syntaxErrorsAfterFrontMatterHaveTheFilesLineAndScalarColumn() {
        let found = diagnostics { _ = try library(["b.md.mustache": "---\ntitle: T\n---\n\n昇騰 {{#open}}\n"]) }
        #expect(found == [
            "Templates/b.md.mustache:5:4: error: template syntax: section 'open' is opened here but never closed",
        ])
    }
}
