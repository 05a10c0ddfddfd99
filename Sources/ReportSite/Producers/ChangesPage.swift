/// `changes.html` and `.md`: every commit that changed a figure or a record, newest first.
struct ChangesPage: Producer {
    let phase = ProducerPhase.records

    func plan(_ site: SiteContext, pages: [PageSummary]) -> [PlannedOutput] {
        var page = Page(
            kind: .changes, path: "changes", template: "pages/changes.md", title: site.strings[.changesTitle],
            summary: site.strings[.changesSummary]
        )
        let history = HistoryView(site: site)
        page.item = .value(
            ["commits": history.commits(root: page.root), "notes": history.noteViews], reads: HistoryView.reads
        )
        return [PageOutput.planned(page, in: site)]
    }
}
