import ReportModel
import ReportTemplates

/// One page of the site: which template renders it, where it goes, what it is about.
struct Page: Sendable {
    /// What kind of page it is.
    enum Kind: String, Sendable, Equatable {
        case index, briefing, chip, vendor, compare, timeline, sources, changes
        case chipIndex = "chip-index", vendorIndex = "vendor-index", search
    }

    /// What the template sees as `item`.
    enum Item: Sendable {
        case none
        /// A record's view, looked up (and recorded) when the page renders.
        case record(RecordKey)
        /// A value built for the page, and the keys it was built from.
        case value(ViewValue, reads: Set<DependencyKey>)
        /// A value built only when the page is made: planning stays cheap for pages that are
        /// kept (lists of every chip, source or vendor).
        case deferred(@Sendable () -> BuiltView)
    }

    let kind: Kind
    /// The output path without extension, e.g. `briefings/h20-round-trip`; `.md` and `.html` are written.
    let path: String
    /// The Markdown template that renders it.
    let template: String
    /// The page title.
    let title: String
    /// Shown in lists and in the page's description.
    let summary: String
    /// The date the page is current as of, for briefings.
    var date: String? = nil
    /// The ISO date, for sorting briefings newest first.
    var isoDate: String? = nil
    /// Tags, for briefings.
    var tags: [String] = []
    /// The record or value the page is about.
    var item: Item = .none
    /// The briefings that discuss this page's chip or vendor: `title`, `path` (from this page).
    var discussedIn: [ViewValue] = []
    /// Inputs the page's own values were made from, recorded when it renders.
    var reads: Set<DependencyKey> = []
    /// Whether the page's Markdown may keep raw HTML.
    var rawHTML = false

    /// `../` for each folder level, so links work from any host path and from file://.
    var root: String { String(repeating: "../", count: path.filter { $0 == "/" }.count) }

    /// The key of this page's output in the build state.
    var outputID: String { "page:" + path }

    func with(item: Item) -> Page {
        var page = self
        page.item = item
        return page
    }

    var view: ViewValue {
        [
            "title": .text(title), "summary": .text(summary), "date": .text(date),
            "tags": .list(tags.map { .text($0) }), "root": .text(root), "path": .text(path),
            "wide": .bool(kind == .compare || kind == .timeline), "home": .bool(kind == .index),
            "search": .bool(kind == .search),
            "discussed_in": .list(discussedIn), "has_discussed_in": .bool(!discussedIn.isEmpty),
            "md_path": .text(path.split(separator: "/").last.map { "\($0).md" } ?? "index.md"),
        ]
    }
}
