import ReportTemplates

/// One page of the site: which template renders it, where it goes, what it is about.
struct Page {
    /// What the page's `item` is, for dependency tracking.
    enum Subject: Equatable {
        case none, chip(String), vendor(String), briefingList, sourcesList
    }

    /// The output path without extension, e.g. `briefings/h20-round-trip`; `.md` and `.html` are written.
    let path: String
    /// The Markdown template that renders it.
    let template: String
    /// The page title.
    let title: String
    /// Shown in lists and in the page's description.
    let summary: String
    /// The date the page is current as of, for briefings.
    let date: String?
    /// Tags, for briefings.
    let tags: [String]
    /// The record the page is about, given to the template as `item`.
    let item: ViewValue
    /// Whether the page's Markdown may keep raw HTML.
    let rawHTML: Bool
    /// What `item` holds.
    var subject: Subject = .none

    /// `../` for each folder level, so links work from any host path and from file://.
    var root: String { String(repeating: "../", count: path.filter { $0 == "/" }.count) }

    func with(item: ViewValue) -> Page {
        Page(path: path, template: template, title: title, summary: summary, date: date, tags: tags, item: item, rawHTML: rawHTML, subject: subject)
    }

    var view: ViewValue {
        [
            "title": .text(title), "summary": .text(summary), "date": .text(date),
            "tags": .list(tags.map { .text($0) }), "root": .text(root), "path": .text(path),
            "wide": .bool(path == "compare" || path == "timeline"),
            "md_path": .text(path.split(separator: "/").last.map { "\($0).md" } ?? "index.md"),
        ]
    }
}
