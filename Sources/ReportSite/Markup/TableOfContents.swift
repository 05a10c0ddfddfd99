import ReportMarkdown
import ReportTemplates

/// A briefing's contents: a list of its second-level headings, placed after its title.
enum TableOfContents {
    /// `html` with the list after the first `</h1>`; unchanged when there are fewer than two sections.
    static func inserting(_ headings: [MarkdownDocument.Heading], into html: String, title: String) -> String {
        let sections = headings.filter { $0.level == 2 }
        guard sections.count >= 2, let end = html.byteRange(of: "</h1>\n") else { return html }
        let escape = TemplateLibrary.escapeHTML
        // Headings that carry their own numbers ("1. Fit to models") get a plain list, not "1. 1.".
        let list = sections.contains { $0.text.first?.isNumber == true } ? "ul" : "ol"
        var nav = "<nav class=\"toc\" aria-labelledby=\"toc-label\">\n<h2 id=\"toc-label\">" + escape(title) + "</h2>\n<"
            + list + ">\n"
        for heading in sections {
            nav += "<li><a href=\"#" + escape(heading.id) + "\">" + escape(heading.text) + "</a></li>\n"
        }
        nav += "</" + list + ">\n</nav>\n"
        var out = html
        out.insert(contentsOf: nav, at: end.upperBound)
        return out
    }
}
