import ReportHistory
import ReportModel
import ReportTemplates
import Synchronization

/// What templates see of the model: each record's view, built the first time a page asks
/// for it and kept for the rest of the build, with the keys it was built from. Shared by
/// every page of a build; a page's own lookups go through a `RootView` that records them.
final class ViewModel: Sendable {
    let project: Project
    let figures: FigureView
    let site: ViewValue
    /// The excerpts each source's figures quote, in the order of `project.citedFigures`.
    private let excerptsBySource: [String: [String]]
    /// Each subject's events, as positions in `project.events` (a copy of every event per
    /// subject costs as much memory as the events themselves).
    private let eventsBySubject: [String: [Int]]
    private let chipsByVendor: [String: [Chip]]
    private let metricsBySubject: [String: [Metric]]
    private let cache = Mutex<[RecordKey: BuiltView]>([:])
    /// The data's history, and each record's revisions from it.
    let history: DataHistory
    let revisionsByRecord: [RecordKey: [RevisionEntry]]

    init(project: Project, strings: Strings, history: DataHistory = .unavailable("")) {
        self.project = project
        self.history = history
        self.revisionsByRecord = RevisionEntry.index(history, text: ChangeText(project: project, strings: strings))
        self.figures = FigureView(project: project, strings: strings)
        var excerpts: [String: [String]] = [:]
        for cited in project.citedFigures {
            guard let excerpt = cited.figure.excerpt else { continue }
            excerpts[cited.figure.source, default: []].append(excerpt)
        }
        self.excerptsBySource = excerpts.mapValues { $0.uniqued() }
        var events: [String: [Int]] = [:]
        for (position, event) in project.events.enumerated() {
            for subject in Set(event.subjects) { events[subject, default: []].append(position) }
        }
        self.eventsBySubject = events
        self.chipsByVendor = Dictionary(grouping: project.chips, by: \.vendor)
        self.metricsBySubject = Dictionary(grouping: project.metrics, by: \.subject)
        self.site = [
            "title": .text(project.settings.title), "description": .text(project.settings.description),
            "language": .text(project.settings.language),
            "base_url": .text(project.settings.baseURL.flatMap { url in
                guard url.hasPrefix("https://") || url.hasPrefix("http://") else { return nil }
                return url.hasSuffix("/") ? url : url + "/"
            }),
        ]
    }

    /// The view of one record, built once; nil when there is no such record. Events' views
    /// are built each time they are asked for and not kept: there can be tens of thousands,
    /// and each page that shows one (a timeline page, a vendor's latest) shows few.
    func view(_ key: RecordKey) -> BuiltView? {
        let kept = key.kind != .event
        if kept, let built = cache.withLock({ $0[key] }) { return built }
        var reads: Set<DependencyKey> = [.record(key)]
        guard let value = build(key, reads: &reads) else { return nil }
        let built = BuiltView(value: value, reads: reads)
        if kept { cache.withLock { $0[key] = built } }
        return built
    }

    /// Views built by an earlier build and still valid (`CarriedViews`), used as if built here.
    func adopt(_ views: [RecordKey: BuiltView]) {
        guard !views.isEmpty else { return }
        cache.withLock { $0.merge(views) { built, _ in built } }
    }

    /// Every view this build has built or adopted.
    var builtViews: [RecordKey: BuiltView] { cache.withLock { $0 } }

    /// The views of every record of a kind, in the model's order, or of the records `ids`
    /// (a timeline page's); either way the list depends on every record of the kind.
    func list(_ kind: RecordKind, ids chosen: [String]? = nil) -> BuiltView {
        var reads: Set<DependencyKey> = [.all(kind)]
        let values = (chosen ?? ids(of: kind)).compactMap { id -> ViewValue? in
            guard let built = view(RecordKey(kind, id)) else { return nil }
            reads.formUnion(built.reads)
            return built.value
        }
        return BuiltView(value: .list(values), reads: reads)
    }

    /// Every id of a kind, in the model's order.
    func ids(of kind: RecordKind) -> [String] {
        switch kind {
        case .source: project.sources.map(\.id)
        case .vendor: project.vendors.map(\.id)
        case .chip: project.chips.map(\.id)
        case .event: project.events.map(\.id)
        case .metric: project.metrics.map(\.id)
        case .series: project.series.map(\.id)
        case .chart: project.charts.map(\.id)
        }
    }

    /// `H20 (英伟达H20)`, or the name alone.
    func displayName(_ name: String, _ nameZh: String?) -> String {
        guard let nameZh, nameZh != name else { return name }
        return "\(name) (\(nameZh))"
    }

    private func build(_ key: RecordKey, reads: inout Set<DependencyKey>) -> ViewValue? {
        switch key.kind {
        case .chip: project.chip(key.id).map { chip($0, reads: &reads) }
        case .vendor: project.vendor(key.id).map { vendor($0, reads: &reads) }
        case .event: project.event(key.id).map { event($0, reads: &reads) }
        case .metric: project.metric(key.id).map { metric($0, reads: &reads) }
        case .series: project.series(key.id).map { series($0, reads: &reads) }
        case .source: project.source(key.id).map { source($0, reads: &reads) }
        case .chart: nil
        }
    }

    /// Related records, chosen by what they are about.
    func chips(of vendor: String, reads: inout Set<DependencyKey>) -> [Chip] {
        reads.insert(.index(.chip))
        return chipsByVendor[vendor] ?? []
    }

    /// The latest `limit` events about any of `subjects`, in date order, and how many there are.
    func events(about subjects: [String], latest limit: Int, reads: inout Set<DependencyKey>) -> (events: [Event], count: Int) {
        reads.insert(.index(.event))
        let related = Set(subjects.flatMap { eventsBySubject[$0] ?? [] }).sorted()
        return (related.suffix(limit).map { project.events[$0] }, related.count)
    }

    func metrics(of subject: String, reads: inout Set<DependencyKey>) -> [Metric] {
        reads.insert(.index(.metric))
        return metricsBySubject[subject] ?? []
    }

    /// The revisions of one field of a record, newest first, as `[{md}]`.
    func revisions(_ key: RecordKey, field: String, reads: inout Set<DependencyKey>) -> ViewValue {
        reads.insert(.revisions(key))
        return .list((revisionsByRecord[key] ?? []).filter { $0.field == field }.map { ["md": .raw($0.markdown)] })
    }

    /// Whether one field of a record has revisions.
    func hasRevisions(_ key: RecordKey, field: String, reads: inout Set<DependencyKey>) -> ViewValue {
        reads.insert(.revisions(key))
        return .bool(revisionsByRecord[key]?.contains { $0.field == field } ?? false)
    }

    func excerpts(of source: String, reads: inout Set<DependencyKey>) -> [String] {
        reads.insert(.excerpts)
        return excerptsBySource[source] ?? []
    }
}

/// A record's view and the keys it was built from.
struct BuiltView: Sendable {
    let value: ViewValue
    let reads: Set<DependencyKey>
}
