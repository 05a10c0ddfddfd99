import ReportModel
import ReportTemplates

/// Every source, what is quoted from it, and the pages that cite it: made after every page,
/// from what they cite.
struct SourcesPage: Producer {
    let phase = ProducerPhase.aggregate

    func plan(_ site: SiteContext, pages: [PageSummary]) -> [PlannedOutput] {
        var page = Page(
            kind: .sources, path: "sources", template: "pages/sources.md", title: site.strings[.sourcesTitle],
            summary: site.strings[.sourcesSummary]
        )
        let root = page.root
        page.item = .deferred {
            var citing: [String: [PageSummary]] = [:]
            for page in pages {
                for source in page.cited { citing[source, default: []].append(page) }
            }
            let built = site.model.list(.source)
            guard case .list(let views) = built.value else { return built }
            let sources: [ViewValue] = zip(site.project.sources, views).map { source, view in
                let links = citing[source.id] ?? []
                let linkViews: [ViewValue] = links.enumerated().map { index, link in
                    [
                        "title": .text(link.title), "path": .text(root + link.path + ".html"),
                        "last": .bool(index == links.count - 1),
                    ]
                }
                return view.setting("citing_pages", to: .list(linkViews))
                    .setting("has_citing_pages", to: .bool(!links.isEmpty))
            }
            return BuiltView(value: ["sources": .list(sources)], reads: built.reads.union([.pages]))
        }
        return [PageOutput.planned(page, in: site)]
    }
}
