import ReportTemplates
import Testing

/// Briefings start with YAML front matter; it is not rendered and lines keep their numbers.
@Suite struct FrontMatterTests {
    @Test func crlfFrontMatterIsRecognised() throws {
        let text = "---\r\ntitle: T\r\n---\r\n# {{heading}}\r\n\r\n{{missing}}\r\n"
        let templates = try library(["briefings/a.md.mustache": text])
        #expect(templates.files["briefings/a.md"]?.frontMatter == "title: T\r\n")
        #expect(try templates.render("briefings/a.md", with: ["heading": "H", "missing": "m"]) == "# H\r\n\r\nm\r\n")
        expectProblems(templates, "briefings/a.md", ["heading": "H"], [
            "Templates/briefings/a.md.mustache:6:1: error: unknown name 'missing'",
        ])
    }

    @Test func aFileWithoutClosingDashesHasNoFrontMatter() throws {
        let templates = try library(["a.md.mustache": "---\nnot closed\n{{x}}\n"])
        #expect(templates.files["a.md"]?.frontMatter == nil)
        #expect(try templates.render("a.md", with: ["x": "y"]) == "---\nnot closed\ny\n")
    }

    @Test func syntaxErrorsAfterFrontMatterHaveTheFilesLineAndScalarColumn() {
        let found = diagnostics { _ = try library(["b.md.mustache": "---\ntitle: T\n---\n\n昇騰 {{#open}}\n"]) }
        #expect(found == ["Templates/b.md.mustache:5:4: error: template syntax: section 'open' is opened here but never closed"])
    }
}
