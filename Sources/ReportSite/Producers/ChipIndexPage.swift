import ReportModel
import ReportTemplates

/// `chips/index`: every chip, grouped by vendor and by kind, as plain tables (no script needed).
struct ChipIndexPage: Producer {
    let phase = ProducerPhase.records

    func plan(_ site: SiteContext, pages: [PageSummary]) -> [PlannedOutput] {
        let project = site.project
        let strings = site.strings
        @Sendable func row(_ chip: Chip) -> ViewValue {
            let vendor = project.vendor(chip.vendor)
            return [
                "name": .text(site.model.displayName(chip.name, chip.nameZh)), "path": .text("\(chip.id).html"),
                "vendor": .text(vendor.map { site.model.displayName($0.name, $0.nameZh) } ?? chip.vendor),
                "vendor_path": .text("../vendors/\(chip.vendor).html"), "kind": .text(strings.kindName(chip.kind)),
                "summary": .text(chip.summary),
            ]
        }
        @Sendable func lists() -> BuiltView {
            let chipsByVendor = Dictionary(grouping: project.chips, by: \.vendor)
            let chipsByKind = Dictionary(grouping: project.chips, by: \.kind)
            let byVendor: [ViewValue] = project.vendors.compactMap { vendor in
                guard let chips = chipsByVendor[vendor.id] else { return nil }
                return [
                    "name": .text(site.model.displayName(vendor.name, vendor.nameZh)), "id": .text(vendor.id),
                    "chips": .list(chips.map(row)),
                ]
            }
            let byKind: [ViewValue] = Chip.Kind.allCases.compactMap { kind in
                guard let chips = chipsByKind[kind] else { return nil }
                return ["name": .text(strings.kindName(kind)), "id": .text(kind.rawValue), "chips": .list(chips.map(row))]
            }
            let value: ViewValue = [
                "by_vendor": .list(byVendor), "by_kind": .list(byKind), "count": .text(String(project.chips.count)),
            ]
            return BuiltView(value: value, reads: [.all(.chip), .all(.vendor)])
        }
        var page = Page(
            kind: .chipIndex, path: "chips/index", template: "pages/chips.md", title: strings[.chipsTitle],
            summary: strings[.chipsSummary]
        )
        page.item = .deferred(lists)
        return [PageOutput.planned(page, in: site)]
    }
}
