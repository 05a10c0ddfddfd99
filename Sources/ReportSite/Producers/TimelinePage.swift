/// Every dated event.
struct TimelinePage: Producer {
    let phase = ProducerPhase.records

    func plan(_ site: SiteContext, pages: [PageSummary]) -> [PlannedOutput] {
        let page = Page(
            kind: .timeline, path: "timeline", template: "pages/timeline.md", title: site.strings[.timelineTitle],
            summary: site.strings[.timelineSummary]
        )
        return [PageOutput.planned(page, in: site)]
    }
}
