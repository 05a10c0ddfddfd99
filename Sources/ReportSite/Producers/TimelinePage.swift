import ReportModel
import ReportTemplates

/// Every dated event, `page_size` to a page (site.yaml): `timeline` holds the first, then
/// `timeline/2`, `timeline/3` ... Each page builds only its own events' views, so a page's
/// cost in time and memory is bounded however many events the data holds.
struct TimelinePage: Producer {
    let phase = ProducerPhase.records

    func plan(_ site: SiteContext, pages: [PageSummary]) -> [PlannedOutput] {
        let size = site.project.settings.pageSize
        let count = site.project.events.count
        let total = max(1, (count + size - 1) / size)
        return (1...total).map { number in
            var page = Page(
                kind: .timeline, path: Self.path(number), template: "pages/timeline.md",
                title: number == 1
                    ? site.strings[.timelineTitle]
                    : site.strings.fill(.pagedTitle, [
                        "title": site.strings[.timelineTitle], "page": String(number), "pages": String(total),
                    ]),
                summary: site.strings[.timelineSummary]
            )
            let range = (number - 1) * size..<min(count, number * size)
            let model = site.model
            let strings = site.strings
            page.item = .deferred {
                let events = model.list(.event, ids: site.project.events[range].map(\.id))
                return BuiltView(
                    value: ["events": events.value, "pager": Self.pager(number, of: total, strings: strings)],
                    reads: events.reads
                )
            }
            return PageOutput.planned(page, in: site)
        }
    }

    /// `timeline`, `timeline/2` ...
    static func path(_ number: Int) -> String { number == 1 ? "timeline" : "timeline/\(number)" }

    /// The page that shows the event at `position` in `project.events`.
    static func path(ofEventAt position: Int, in project: Project) -> String {
        path(position / project.settings.pageSize + 1)
    }

    /// Links to the pages before and after, with paths from the site's root; null for one page.
    private static func pager(_ number: Int, of total: Int, strings: Strings) -> ViewValue {
        guard total > 1 else { return .null }
        func link(_ target: Int) -> ViewValue {
            guard (1...total).contains(target) else { return .null }
            return ["path": .text(path(target) + ".html")]
        }
        return [
            "label": .text(strings.fill(.pageOf, ["page": String(number), "pages": String(total)])),
            "previous": link(number - 1), "next": link(number + 1),
        ]
    }
}
