import ReportModel
import ReportTemplates

/// Which pages cite which source, gathered from the footnotes of the rendered pages.
struct CitationIndex {
    private var pagesBySource: [String: [Page]] = [:]

    mutating func add(page: Page, sources: [String]) {
        for source in sources { pagesBySource[source, default: []].append(page) }
    }

    /// The source's view with `citing_pages` (links relative to `root`).
    /// A fingerprint of which pages cite which sources.
    func fingerprint(order: [String: Int]) -> UInt64 {
        var hash = StableHash()
        for source in pagesBySource.keys.sorted() {
            hash.combine(source)
            let pages = (pagesBySource[source] ?? []).sorted { (order[$0.path] ?? .max, $0.path) < (order[$1.path] ?? .max, $1.path) }
            for page in pages {
                hash.combine(page.path)
                hash.combine(page.title)
            }
        }
        return hash.value
    }

    /// Pages are listed in `order` (the site plan's order), whatever order they were added in.
    func view(of source: Source, in projectView: ProjectView, root: String, order: [String: Int]) -> ViewValue {
        let pages = (pagesBySource[source.id] ?? []).sorted { (order[$0.path] ?? .max, $0.path) < (order[$1.path] ?? .max, $1.path) }
        let links: [ViewValue] = pages.enumerated().map { index, page in
            ["title": .text(page.title), "path": .text(root + page.path + ".html"), "last": .bool(index == pages.count - 1)]
        }
        return projectView.source(source)
            .setting("citing_pages", to: .list(links))
            .setting("has_citing_pages", to: .bool(!links.isEmpty))
    }
}
