/// A page per briefing template under Templates/briefings/.
struct BriefingPages: Producer {
    let phase = ProducerPhase.records

    func plan(_ site: SiteContext, pages: [PageSummary]) -> [PlannedOutput] {
        site.briefings.map { PageOutput.planned($0, in: site) }
    }
}
