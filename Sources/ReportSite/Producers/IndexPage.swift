import ReportTemplates

/// The home page: the site's description and its briefings.
struct IndexPage: Producer {
    let phase = ProducerPhase.records

    func plan(_ site: SiteContext, pages: [PageSummary]) -> [PlannedOutput] {
        let briefings: [ViewValue] = site.briefings.map {
            [
                "title": .text($0.title), "summary": .text($0.summary), "date": .text($0.date),
                "path": .text($0.path + ".html"), "md_path": .text($0.path + ".md"),
            ]
        }
        var page = Page(
            kind: .index, path: "index", template: "pages/index.md", title: site.project.settings.title,
            summary: site.project.settings.description
        )
        let history = HistoryView(site: site)
        page.item = .value(
            [
                "briefings": .list(briefings), "changes": history.latest(5, root: page.root),
                "history_notes": history.noteViews,
            ],
            reads: HistoryView.reads.union([.briefings])
        )
        return [PageOutput.planned(page, in: site)]
    }
}
