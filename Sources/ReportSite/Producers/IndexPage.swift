import ReportModel
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
        let events = site.project.events.sorted { ($0.date, $0.id) > ($1.date, $1.id) }
        var reads: Set<DependencyKey> = HistoryView.reads.union([.briefings, .all(.event), .all(.source)])
        let latest = events.prefix(5).compactMap { site.model.view(RecordKey(.event, $0.id)) }
        var newestBySubject: [String: ViewValue] = [:]
        for event in events {
            for subject in event.subjects where newestBySubject[subject] == nil {
                guard let built = site.model.view(RecordKey(.event, event.id)) else { continue }
                reads.formUnion(built.reads)
                newestBySubject[subject] = built.value
            }
        }
        for built in latest { reads.formUnion(built.reads) }
        let newestSource = site.project.sources.compactMap(\.date).max()
        let history = HistoryView(site: site)
        page.item = .value([
            "briefings": .list(briefings), "latest_events": .list(latest.map(\.value)),
            "latest_about": .object(newestBySubject),
            "last_source_date": .text(newestSource.map(site.strings.date)),
            "changes": history.latest(5, root: page.root), "history_notes": history.noteViews,
        ], reads: reads)
        return [PageOutput.planned(page, in: site)]
    }
}
