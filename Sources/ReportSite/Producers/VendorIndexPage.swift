import ReportModel
import ReportTemplates

/// `vendors/index`: every vendor, its country and its chips.
struct VendorIndexPage: Producer {
    let phase = ProducerPhase.records

    func plan(_ site: SiteContext, pages: [PageSummary]) -> [PlannedOutput] {
        let project = site.project
        @Sendable func list() -> BuiltView {
            let chipsByVendor = Dictionary(grouping: project.chips, by: \.vendor)
            let vendors: [ViewValue] = project.vendors.map { vendor in
                let chips: [ViewValue] = (chipsByVendor[vendor.id] ?? []).map {
                    ["name": .text($0.name), "path": .text("../chips/\($0.id).html")]
                }
                return [
                    "name": .text(site.model.displayName(vendor.name, vendor.nameZh)), "path": .text("\(vendor.id).html"),
                    "country": .text(vendor.country), "summary": .text(vendor.summary), "chips": .list(chips),
                    "has_chips": .bool(!chips.isEmpty),
                ]
            }
            return BuiltView(value: ["vendors": .list(vendors)], reads: [.all(.chip), .all(.vendor)])
        }
        var page = Page(
            kind: .vendorIndex, path: "vendors/index", template: "pages/vendors.md", title: site.strings[.vendorsTitle],
            summary: site.strings[.vendorsSummary]
        )
        page.item = .deferred(list)
        return [PageOutput.planned(page, in: site)]
    }
}
