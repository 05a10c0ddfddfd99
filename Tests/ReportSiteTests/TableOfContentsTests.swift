import ReportMarkdown
import Testing
@testable import ReportSite

@Suite struct TableOfContentsTests {
    static let html = "<h1>T</h1>\n<p>x</p>\n"

    static func headings(_ texts: [String]) -> [MarkdownDocument.Heading] {
        texts.enumerated().map { MarkdownDocument.Heading(level: 2, text: $1, id: "h\($0)") }
    }

    @Test func sectionsAreNumberedByTheList() {
        let out = TableOfContents.inserting(Self.headings(["Fit", "Memory"]), into: Self.html, title: "On this page")
        #expect(out.contains("<ol>\n<li><a href=\"#h0\">Fit</a></li>"))
    }

    @Test func headingsThatCarryNumbersGetAPlainList() {
        let out = TableOfContents.inserting(Self.headings(["The four", "1. Fit"]), into: Self.html, title: "On this page")
        #expect(out.contains("<ul>\n<li><a href=\"#h0\">The four</a></li>"))
        #expect(!out.contains("<ol>"))
    }

    @Test func oneSectionHasNoContents() {
        #expect(TableOfContents.inserting(Self.headings(["Only"]), into: Self.html, title: "On this page") == Self.html)
    }
}
