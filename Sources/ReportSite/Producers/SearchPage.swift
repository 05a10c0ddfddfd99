/// `search.html`: a form and the script that searches `search-index.js` in the browser.
struct SearchPage: Producer {
    let phase = ProducerPhase.records

    func plan(_ site: SiteContext, pages: [PageSummary]) -> [PlannedOutput] {
        var page = Page(
            kind: .search, path: "search", template: "pages/search.md", title: site.strings[.navSearch],
            summary: site.strings[.searchSummary]
        )
        page.rawHTML = true
        return [PageOutput.planned(page, in: site)]
    }
}
