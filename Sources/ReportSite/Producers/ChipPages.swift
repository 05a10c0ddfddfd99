import ReportModel

/// A page per chip.
struct ChipPages: Producer {
    let phase = ProducerPhase.records

    func plan(_ site: SiteContext, pages: [PageSummary]) -> [PlannedOutput] {
        site.project.chips.map { chip in
            var page = Page(
                kind: .chip, path: "chips/\(chip.id)", template: "pages/chip.md",
                title: site.model.displayName(chip.name, chip.nameZh), summary: chip.summary
            )
            page.item = .record(RecordKey(.chip, chip.id))
            page.discussedIn = site.discussions.list(RecordKey(.chip, chip.id))
            page.reads = [.discussions(RecordKey(.chip, chip.id))]
            return PageOutput.planned(page, in: site)
        }
    }
}
