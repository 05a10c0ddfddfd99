/// Every chip's specs side by side.
struct ComparePage: Producer {
    let phase = ProducerPhase.records

    func plan(_ site: SiteContext, pages: [PageSummary]) -> [PlannedOutput] {
        let page = Page(
            kind: .compare, path: "compare", template: "pages/compare.md", title: site.strings[.compareTitle],
            summary: site.strings[.compareSummary]
        )
        return [PageOutput.planned(page, in: site)]
    }
}
