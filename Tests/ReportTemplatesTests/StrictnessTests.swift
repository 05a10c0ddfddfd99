import Testing
import ReportTemplates

@Suite struct StrictnessTests {
    @Test func unknownNameAtRootIsLocated() throws {
        let templates = try library(["t.html.mustache": "line one\n  {{titel}}\n"])
        expectProblems(templates, "t.html", ["title": "x"], [
            "Templates/t.html.mustache:2:3: error: unknown name 'titel' (did you mean 'title'?)",
        ])
    }

    @Test func unknownNameInsideSectionConsidersEveryContext() throws {
        let templates = try library(["t.html.mustache": "{{#chips}}{{name}} {{site}} {{nmae}}{{/chips}}"])
        expectProblems(templates, "t.html", ["site": "S", "chips": [["name": "H20"]]], [
            "Templates/t.html.mustache:1:29: error: unknown name 'nmae' (did you mean 'name'?)",
        ])
    }

    @Test func laterSegmentsAreLookedUpOnTheirParent() throws {
        let templates = try library(["t.html.mustache": "{{chip.vendor.nmae}}"])
        expectProblems(templates, "t.html", ["chip": ["vendor": ["name": "Nvidia"]]], [
            "Templates/t.html.mustache:1:1: error: 'chip.vendor.nmae': no 'nmae' here (did you mean 'name'?)",
        ])
    }

    @Test func missingPartialAndLayout() throws {
        let templates = try library([
            "partials/a.html.mustache": "A",
            "t.html.mustache": "{{> partials/b.html}}\n{{<none}}{{/none}}",
        ])
        expectProblems(templates, "t.html", [:], [
            "Templates/t.html.mustache:1:1: error: unknown partial 'partials/b.html' (did you mean 'partials/a.html'?)",
            "Templates/t.html.mustache:2:1: error: unknown layout 'none'",
        ])
    }

    @Test func namesInsidePartialsAreCheckedInThePartialsFile() throws {
        let templates = try library([
            "partials/p.html.mustache": "\n{{ vendr }}",
            "t.html.mustache": "{{#chip}}{{>partials/p.html}}{{/chip}}",
        ])
        expectProblems(templates, "t.html", ["chip": ["vendor": "x"]], [
            "Templates/partials/p.html.mustache:2:1: error: unknown name 'vendr' (did you mean 'vendor'?)",
        ])
    }

    @Test func markupMustBeTripleAndTextMustBeDouble() throws {
        let templates = try library(["t.html.mustache": "{{body}} {{{title}}} {{chips}}"])
        expectProblems(templates, "t.html", ["body": .raw("<p>"), "title": "T", "chips": [["a": "b"]]], [
            "Templates/t.html.mustache:1:1: error: 'body' is markup; write {{{body}}} to insert it unescaped",
            "Templates/t.html.mustache:1:10: error: 'title' is plain text and must be escaped; write {{title}}",
            "Templates/t.html.mustache:1:22: error: 'chips' is a list; open it as a section: {{#chips}}...{{/chips}}",
        ])
    }

    @Test func everyProblemIsReportedNotOnlyTheFirst() throws {
        let templates = try library(["t.md.mustache": "{{a}}\n{{b}}\n{{c}}\n"])
        expectProblems(templates, "t.md", ["b": "x"], [
            "Templates/t.md.mustache:1:1: error: unknown name 'a'",
            "Templates/t.md.mustache:3:1: error: unknown name 'c'",
        ])
    }

    @Test func parseErrorsOfEveryFileAreReportedAtOnce() {
        let found = diagnostics {
            _ = try library(["t.md.mustache": "ok\n{{#open}}never closed\n", "u.html.mustache": "{{#a}}{{/b}}"])
        }
        #expect(found == [
            "Templates/t.md.mustache:2:1: error: template syntax: section 'open' is opened here but never closed",
            "Templates/u.html.mustache:1:7: error: template syntax: '/b' closes section 'a', opened at 1:1",
        ])
    }

    @Test func anUnclosedSectionIsReportedWhereItOpens() {
        let found = diagnostics { _ = try library(["t.html.mustache": "one\ntwo {{#chips}}\nthree\n"]) }
        #expect(found == [
            "Templates/t.html.mustache:2:5: error: template syntax: section 'chips' is opened here but never closed",
        ])
    }

    @Test func missingTemplateIsAnError() throws {
        let templates = try library(["briefings/a.md.mustache": "x"])
        expectProblems(templates, "briefings/b.md", [:], [
            "Templates/briefings/b.md.mustache:1:1: error: template 'briefings/b.md' is missing (did you mean 'briefings/a.md'?)",
        ])
    }

    @Test func unsupportedTagsAreErrorsWhereTheyAre() throws {
        let templates = try library(["t.html.mustache": "{{%PRAGMA}}\n{{>*dynamic}}\n{{upper(name)}}"])
        expectProblems(templates, "t.html", ["name": "x"], [
            "Templates/t.html.mustache:1:1: error: pragmas such as '{{%PRAGMA}}' are not supported",
            "Templates/t.html.mustache:2:1: error: dynamic names such as '*dynamic' are not supported",
            "Templates/t.html.mustache:3:1: error: transforms such as 'upper(name)' are not supported; "
                + "compute the value in the view model",
        ])
    }

    @Test func sectionsThatRenderNothingAreNotChecked() throws {
        let templates = try library(["t.html.mustache": "{{#items}}{{anything}}{{/items}}{{#no}}{{other}}{{/no}}"])
        #expect(try templates.render("t.html", with: ["items": [], "no": false]) == "")
    }

    @Test func briefingsCannotBePartials() throws {
        let templates = try library(["briefings/a.md.mustache": "A\n", "page.md.mustache": "{{> briefings/a.md}}\n"])
        expectProblems(templates, "page.md", [:], [
            "Templates/page.md.mustache:1:1: error: a briefing cannot be used as a partial; move the shared part to partials/",
        ])
    }
}
