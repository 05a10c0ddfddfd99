import ReportModel

/// A page per vendor.
struct VendorPages: Producer {
    let phase = ProducerPhase.records

    func plan(_ site: SiteContext, pages: [PageSummary]) -> [PlannedOutput] {
        site.project.vendors.map { vendor in
            var page = Page(
                kind: .vendor, path: "vendors/\(vendor.id)", template: "pages/vendor.md",
                title: site.model.displayName(vendor.name, vendor.nameZh), summary: vendor.summary
            )
            page.item = .record(RecordKey(.vendor, vendor.id))
            page.discussedIn = site.discussions.list(RecordKey(.vendor, vendor.id))
            page.reads = [.discussions(RecordKey(.vendor, vendor.id))]
            return PageOutput.planned(page, in: site)
        }
    }
}
