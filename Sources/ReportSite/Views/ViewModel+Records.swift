import ReportModel
import ReportTemplates

/// The view of each kind of record. Every record consulted is noted in `reads`.
extension ViewModel {
    func chip(_ chip: Chip, reads: inout Set<DependencyKey>) -> ViewValue {
        let referenceID = project.settings.referenceChip
        let reference = project.chip(referenceID)
        if reference != nil { reads.insert(.record(RecordKey(.chip, referenceID))) }
        let vendor = project.vendor(chip.vendor)
        if vendor != nil { reads.insert(.record(RecordKey(.vendor, chip.vendor))) }
        var specs: [String: ViewValue] = [:]
        var ratios: [String: ViewValue] = [:]
        var rows: [ViewValue] = []
        for field in SpecField.allCases {
            let view = figures.view(chip[field], reads: &reads)
            specs[field.rawValue] = view
            let ratio = reference.flatMap { Comparison.ratioText(chip[field], to: $0[field]) }
            ratios[field.rawValue] = .text(ratio)
            guard chip[field] != nil else { continue }
            rows.append([
                "label": .text(field.label), "key": .text(field.rawValue), "figure": view,
                "anchor": .text("fig-" + field.rawValue.replacingOccurrences(of: "_", with: "-")),
                "ratio": .text(chip.id == reference?.id ? nil : ratio),
                "revisions": revisions(RecordKey(.chip, chip.id), field: field.rawValue, reads: &reads),
                "has_revisions": hasRevisions(RecordKey(.chip, chip.id), field: field.rawValue, reads: &reads),
            ])
        }
        let vendorView: ViewValue = vendor.map {
            [
                "id": .text($0.id), "name": .text($0.name), "display_name": .text(displayName($0.name, $0.nameZh)),
                "path": .text("vendors/\($0.id).html"),
            ]
        } ?? .null
        return [
            "id": .text(chip.id), "name": .text(chip.name), "name_zh": .text(chip.nameZh),
            "display_name": .text(displayName(chip.name, chip.nameZh)),
            "kind": .text(figures.strings.kindName(chip.kind)),
            "kind_id": .text(chip.kind.rawValue),
            "summary": .text(chip.summary), "path": .text("chips/\(chip.id).html"),
            "is_reference": .bool(chip.id == reference?.id), "vendor": vendorView,
            "specs": .object(specs), "ratio": .object(ratios), "spec_rows": .list(rows),
        ]
    }

    func vendor(_ vendor: Vendor, reads: inout Set<DependencyKey>) -> ViewValue {
        let chips = self.chips(of: vendor.id, reads: &reads)
        let metrics = self.metrics(of: vendor.id, reads: &reads)
        let (shown, eventCount) = events(about: [vendor.id] + chips.map(\.id), latest: Self.vendorEventLimit, reads: &reads)
        let chipLinks: [ViewValue] = chips.map {
            reads.insert(.record(RecordKey(.chip, $0.id)))
            return [
                "id": .text($0.id), "name": .text(displayName($0.name, $0.nameZh)), "path": .text("chips/\($0.id).html"),
                "summary": .text($0.summary),
            ]
        }
        let eventViews = shown.map { recorded(RecordKey(.event, $0.id), &reads) }
        let more: String? = eventCount > shown.count
            ? figures.strings.fill(.eventsMore, ["shown": String(shown.count), "count": String(eventCount)]) : nil
        let metricViews = metrics.map { recorded(RecordKey(.metric, $0.id), &reads) }
        return [
            "id": .text(vendor.id), "name": .text(vendor.name), "name_zh": .text(vendor.nameZh),
            "display_name": .text(displayName(vendor.name, vendor.nameZh)), "country": .text(vendor.country),
            "summary": .text(vendor.summary), "path": .text("vendors/\(vendor.id).html"),
            "facts": .list(vendor.facts.map {
                let key = RecordKey(.vendor, vendor.id)
                return namedFigure($0, reads: &reads)
                    .setting("revisions", to: revisions(key, field: $0.key, reads: &reads))
                    .setting("has_revisions", to: hasRevisions(key, field: $0.key, reads: &reads))
            }), "has_facts": .bool(!vendor.facts.isEmpty),
            "fact": .object(Dictionary(
                vendor.facts.map { ($0.key, figures.view($0.field, reads: &reads)) }, uniquingKeysWith: { first, _ in first }
            )),
            "chips": .list(chipLinks), "events": .list(eventViews), "events_more": .text(more),
            "metrics": .list(metricViews), "has_metrics": .bool(!metrics.isEmpty),
        ]
    }

    /// A vendor's page lists at most its latest this many events; the timeline has them all.
    static let vendorEventLimit = 100

    func event(_ event: Event, reads: inout Set<DependencyKey>) -> ViewValue {
        [
            "id": .text(event.id), "date": .text(figures.strings.date(event.date)), "iso_date": .text(event.date.description),
            "end": .text(event.end.map(figures.strings.date)), "title": .text(event.title),
            "category": .text(figures.strings.categoryName(event.category)),
            "category_id": .text(event.category.rawValue),
            "summary": .text(event.summary), "cite": .raw("[^\(event.evidence.source)]"),
            "low": .bool(event.evidence.confidence == .low),
            "excerpt": .text(event.evidence.excerpt), "source": figures.sourceView(event.evidence.source, reads: &reads),
            "figures": .list(event.figures.map { namedFigure($0, reads: &reads) }),
            "figure": .object(Dictionary(
                event.figures.map { ($0.key, figures.view($0.field, reads: &reads)) }, uniquingKeysWith: { first, _ in first }
            )),
            "subjects": .list(event.subjects.compactMap { subjectLink($0, reads: &reads) }),
        ]
    }

    func metric(_ metric: Metric, reads: inout Set<DependencyKey>) -> ViewValue {
        [
            "id": .text(metric.id), "label": .text(metric.label), "subject": .text(metric.subject),
            "anchor": .text("metric-" + Self.anchorText(metric.id)),
            "figure": figures.view(metric.field, reads: &reads),
            "revisions": revisions(RecordKey(.metric, metric.id), field: "value", reads: &reads),
            "has_revisions": hasRevisions(RecordKey(.metric, metric.id), field: "value", reads: &reads),
        ]
    }

    func series(_ series: Series, reads: inout Set<DependencyKey>) -> ViewValue {
        [
            "id": .text(series.id), "title": .text(series.title), "unit": .text(series.unit.description),
            "points": .list(series.points.map {
                ["period": .text($0.period), "figure": figures.view($0.field, reads: &reads)]
            }),
            "latest": series.points.last.map { figures.view($0.field, reads: &reads) } ?? .null,
        ]
    }

    func source(_ source: Source, reads: inout Set<DependencyKey>) -> ViewValue {
        [
            "id": .text(source.id), "title": .text(source.title), "publisher": .text(source.publisher),
            "author": .text(source.author), "date": .text(source.date.map(figures.strings.date) ?? figures.strings[.undated]),
            "url": .text(source.url), "language": .text(figures.strings.languageName(source.language)),
            "language_code": .text(source.language), "anchor": .text("src-\(source.id)"),
            "note": .text(source.note), "link": source.url.map { .raw("<\($0)>") } ?? .null,
            "archived": .bool(source.archive != nil),
            "excerpts": .list(excerpts(of: source.id, reads: &reads).map { ["text": .text($0)] }),
        ]
    }

    /// Lower-case letters, digits and hyphens only: safe as an HTML id and a Markdown heading id.
    static func anchorText(_ key: String) -> String {
        String(key.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
    }

    /// Another record's view inside this one: its keys join this one's.
    private func recorded(_ key: RecordKey, _ reads: inout Set<DependencyKey>) -> ViewValue {
        guard let built = view(key) else { return .null }
        reads.formUnion(built.reads)
        return built.value
    }

    private func subjectLink(_ id: String, reads: inout Set<DependencyKey>) -> ViewValue? {
        if let chip = project.chip(id) {
            reads.insert(.record(RecordKey(.chip, id)))
            return ["name": .text(chip.name), "path": .text("chips/\(id).html")]
        }
        if let vendor = project.vendor(id) {
            reads.insert(.record(RecordKey(.vendor, id)))
            return ["name": .text(vendor.name), "path": .text("vendors/\(id).html")]
        }
        return nil
    }

    private func namedFigure(_ named: NamedField, reads: inout Set<DependencyKey>) -> ViewValue {
        let label = named.field.figures.first?.label ?? named.key
        return [
            "key": .text(named.key), "label": .text(label), "figure": figures.view(named.field, reads: &reads),
            "anchor": .text("fact-" + Self.anchorText(named.key)),
        ]
    }
}
