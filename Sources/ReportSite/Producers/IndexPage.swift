import ReportTemplates

/// The home page: the site's description and its briefings, newest first.
struct IndexPage: Producer {
    let phase = ProducerPhase.records

    func plan(_ site: SiteContext, pages: [PageSummary]) -> [PlannedOutput] {
        let newestFirst = site.briefings.enumerated().sorted {
            ($0.element.isoDate ?? "", -$0.offset) > ($1.element.isoDate ?? "", -$1.offset)
        }.map(\.element)
        let briefings: [ViewValue] = newestFirst.map {
            [
                "title": .text($0.title), "summary": .text($0.summary), "date": .text($0.date),
                "path": .text($0.path + ".html"), "md_path": .text($0.path + ".md"),
            ]
        }
        var page = Page(
            kind: .index, path: "index", template: "pages/index.md", title: site.project.settings.title,
            summary: site.project.settings.description
        )
        page.item = .value(["briefings": .list(briefings)], reads: [.briefings])
        return [PageOutput.planned(page, in: site)]
    }
}
