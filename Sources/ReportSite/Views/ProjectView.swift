import ReportModel
import ReportTemplates

/// The root context every template sees: the site, and every record by id and as lists.
struct ProjectView {
    let project: Project
    let figures: FigureView
    private let citedBySource: [String: [CitedFigure]]
    /// Chip and vendor views, made once: the plan gives them to their pages, the root value lists them.
    private var chipViewsByID: [String: ViewValue] = [:]
    private var vendorViewsByID: [String: ViewValue] = [:]
    private var eventsBySubject: [String: [Event]] = [:]

    init(project: Project) {
        self.project = project
        self.figures = FigureView(project: project)
        self.citedBySource = Dictionary(grouping: project.citedFigures, by: \.figure.source)
        for event in project.events {
            for subject in Set(event.subjects) { eventsBySubject[subject, default: []].append(event) }
        }
        chipViewsByID = Dictionary(project.chips.map { ($0.id, chip($0)) }, uniquingKeysWith: { first, _ in first })
        vendorViewsByID = Dictionary(project.vendors.map { ($0.id, vendor($0)) }, uniquingKeysWith: { first, _ in first })
    }

    var value: ViewValue {
        let chipViews = project.chips.map { chipViewsByID[$0.id] ?? chip($0) }
        let vendorViews = project.vendors.map { vendorViewsByID[$0.id] ?? vendor($0) }
        let eventViews = project.events.map(event)
        let metricViews = project.metrics.map(metric)
        let seriesViews = project.series.map(series)
        let sourceViews = project.sources.map(source)
        return [
            "site": [
                "title": .text(project.settings.title), "description": .text(project.settings.description),
                "language": .text(project.settings.language),
            ],
            "reference": project.chip(project.settings.referenceChip).map(chipView) ?? .null,
            "chips": .list(chipViews), "chip": Self.byID(project.chips.map(\.id), chipViews),
            "vendors": .list(vendorViews), "vendor": Self.byID(project.vendors.map(\.id), vendorViews),
            "events": .list(eventViews), "event": Self.byID(project.events.map(\.id), eventViews),
            "metrics": .list(metricViews), "metric": Self.byID(project.metrics.map(\.id), metricViews),
            "series": Self.byID(project.series.map(\.id), seriesViews),
            "sources": .list(sourceViews), "source": Self.byID(project.sources.map(\.id), sourceViews),
            "spec_fields": .list(SpecField.allCases.map { ["key": .text($0.rawValue), "label": .text($0.label)] }),
        ]
    }

    private static func byID(_ ids: [String], _ views: [ViewValue]) -> ViewValue {
        .object(Dictionary(zip(ids, views), uniquingKeysWith: { first, _ in first }))
    }

    func displayName(_ name: String, _ nameZh: String?) -> String {
        guard let nameZh, nameZh != name else { return name }
        return "\(name) (\(nameZh))"
    }

    /// The view of a chip, made once.
    func chipView(_ chip: Chip) -> ViewValue { chipViewsByID[chip.id] ?? self.chip(chip) }

    /// The view of a vendor, made once.
    func vendorView(_ vendor: Vendor) -> ViewValue { vendorViewsByID[vendor.id] ?? self.vendor(vendor) }

    func chip(_ chip: Chip) -> ViewValue {
        let reference = project.chip(project.settings.referenceChip)
        let vendor = project.vendor(chip.vendor)
        var specs: [String: ViewValue] = [:]
        var ratios: [String: ViewValue] = [:]
        var rows: [ViewValue] = []
        for field in SpecField.allCases {
            let view = figures.view(chip[field])
            specs[field.rawValue] = view
            let ratio = reference.flatMap { Comparison.ratioText(chip[field], to: $0[field]) }
            ratios[field.rawValue] = .text(ratio)
            guard chip[field] != nil else { continue }
            rows.append([
                "label": .text(field.label), "key": .text(field.rawValue), "figure": view,
                "ratio": .text(chip.id == reference?.id ? nil : ratio),
            ])
        }
        return [
            "id": .text(chip.id), "name": .text(chip.name), "name_zh": .text(chip.nameZh),
            "display_name": .text(displayName(chip.name, chip.nameZh)), "kind": .text(chip.kind.rawValue),
            "summary": .text(chip.summary), "path": .text("chips/\(chip.id).html"),
            "is_reference": .bool(chip.id == reference?.id),
            "vendor": vendor.map { ["id": .text($0.id), "name": .text($0.name), "display_name": .text(displayName($0.name, $0.nameZh)), "path": .text("vendors/\($0.id).html")] } ?? .null,
            "specs": .object(specs), "ratio": .object(ratios), "spec_rows": .list(rows),
        ]
    }

    func vendor(_ vendor: Vendor) -> ViewValue {
        let chips = project.chips.filter { $0.vendor == vendor.id }
        let metrics = project.metrics.filter { $0.subject == vendor.id }
        let related = Set(([vendor.id] + chips.map(\.id)).flatMap { eventsBySubject[$0] ?? [] }.map(\.id))
        let events = project.events.filter { related.contains($0.id) }
        return [
            "id": .text(vendor.id), "name": .text(vendor.name), "name_zh": .text(vendor.nameZh),
            "display_name": .text(displayName(vendor.name, vendor.nameZh)), "country": .text(vendor.country),
            "summary": .text(vendor.summary), "path": .text("vendors/\(vendor.id).html"),
            "facts": .list(vendor.facts.map(namedFigure)), "has_facts": .bool(!vendor.facts.isEmpty),
            "fact": .object(Dictionary(vendor.facts.map { ($0.key, figures.view($0.field)) }, uniquingKeysWith: { first, _ in first })),
            "chips": .list(chips.map { ["id": .text($0.id), "name": .text(displayName($0.name, $0.nameZh)), "path": .text("chips/\($0.id).html"), "summary": .text($0.summary)] }),
            "events": .list(events.map(event)),
            "metrics": .list(metrics.map(metric)), "has_metrics": .bool(!metrics.isEmpty),
        ]
    }

    func event(_ event: Event) -> ViewValue {
        [
            "id": .text(event.id), "date": .text(event.date.text), "iso_date": .text(event.date.description),
            "end": .text(event.end?.text), "title": .text(event.title), "category": .text(event.category.rawValue),
            "summary": .text(event.summary), "cite": .raw("[^\(event.evidence.source)]"),
            "low": .bool(event.evidence.confidence == .low),
            "excerpt": .text(event.evidence.excerpt), "source": figures.sourceView(event.evidence.source),
            "figures": .list(event.figures.map(namedFigure)),
            "figure": .object(Dictionary(event.figures.map { ($0.key, figures.view($0.field)) }, uniquingKeysWith: { first, _ in first })),
            "subjects": .list(event.subjects.compactMap(subjectLink)),
        ]
    }

    private func subjectLink(_ id: String) -> ViewValue? {
        if let chip = project.chip(id) { return ["name": .text(chip.name), "path": .text("chips/\(id).html")] }
        if let vendor = project.vendor(id) { return ["name": .text(vendor.name), "path": .text("vendors/\(id).html")] }
        return nil
    }

    private func namedFigure(_ named: NamedField) -> ViewValue {
        let label = named.field.figures.first?.label ?? named.key
        return ["key": .text(named.key), "label": .text(label), "figure": figures.view(named.field)]
    }

    func metric(_ metric: Metric) -> ViewValue {
        ["id": .text(metric.id), "label": .text(metric.label), "subject": .text(metric.subject), "figure": figures.view(metric.field)]
    }

    func series(_ series: Series) -> ViewValue {
        [
            "id": .text(series.id), "title": .text(series.title), "unit": .text(series.unit.description),
            "points": .list(series.points.map { ["period": .text($0.period), "figure": figures.view($0.field)] }),
            "latest": series.points.last.map { figures.view($0.field) } ?? .null,
        ]
    }

    func source(_ source: Source) -> ViewValue {
        let cited = citedBySource[source.id] ?? []
        return [
            "id": .text(source.id), "title": .text(source.title), "publisher": .text(source.publisher),
            "author": .text(source.author), "date": .text(source.date?.text ?? "undated"), "url": .text(source.url),
            "language": .text(source.language), "anchor": .text("src-\(source.id)"), "note": .text(source.note),
            "link": source.url.map { .raw("<\($0)>") } ?? .null,
            "archived": .bool(source.archive != nil),
            "excerpts": .list(cited.compactMap(\.figure.excerpt).uniqued().map { ["text": .text($0)] }),
        ]
    }
}
