import Foundation
import ReportModel
import ReportTemplates

/// The fingerprint of every dependency key: when a key's fingerprint differs from the one
/// an output was made with, the output is made again.
struct Fingerprints: Sendable {
    private var values: [DependencyKey: UInt64] = [:]
    private let project: Project
    private let discussions: Discussions

    init(site: SiteContext) {
        project = site.project
        discussions = site.discussions
        values[.settings] = project.settingsFingerprint
        values[.strings] = site.strings.fingerprint
        values[.version] = StableHash.of(ReportVersion.string)
        for kind in RecordKind.allCases {
            values[.all(kind)] = Self.combined(site.model.ids(of: kind).map { ($0, project.fingerprints[RecordKey(kind, $0)] ?? 0) })
            values[.index(kind)] = Self.combined(Self.index(kind, project).map { ($0, 0) })
        }
        for (name, file) in site.templates.files { values[.template(name)] = StableHash.of(file.text) }
        for (path, data) in site.assets { values[.asset(path)] = StableHash.of(data) }
        for chart in site.charts { values[.chart(chart.chart.id)] = site.chartFingerprint(chart) }
        values[.briefings] = Self.combined(site.briefings.map { ($0.path, StableHash.of($0.title + "\n" + $0.summary + "\n" + ($0.date ?? ""))) })
        values[.history] = site.model.history.fingerprint
        for (key, entries) in site.model.revisionsByRecord {
            values[.revisions(key)] = Self.combined(entries.map { ($0.field, StableHash.of($0.markdown)) })
        }
        values[.excerpts] = Self.combined(project.citedFigures.compactMap { cited in
            cited.figure.excerpt.map { (cited.figure.source + "/" + cited.owner.description, StableHash.of($0)) }
        })
    }

    /// Records the pages of the first phase, which aggregate outputs read.
    mutating func setPages(_ pages: [PageSummary]) {
        var hash = StableHash()
        for page in pages {
            hash.combine(page.path)
            hash.combine(page.title)
            hash.combine(page.kind.rawValue)
            for id in page.cited { hash.combine(id) }
            hash.combine(CollectionOfOne(0xFE))
        }
        values[.pages] = hash.value
        var texts = StableHash()
        for page in pages {
            texts.combine(page.path)
            texts.combine(page.text)
        }
        values[.pageTexts] = texts.value
    }

    /// A key's fingerprint; 0 for what does not exist (so creating it is a change).
    func callAsFunction(_ key: DependencyKey) -> UInt64 {
        if let value = values[key] { return value }
        if case .record(let record) = key { return project.fingerprints[record] ?? 0 }
        if case .discussions(let record) = key { return discussions.fingerprint(record) }
        return 0
    }

    /// One hash over the fingerprints of `keys`, whatever their order.
    func hash(_ keys: [DependencyKey]) -> UInt64 {
        var hash = StableHash()
        for key in keys.sorted() {
            hash.combine(CollectionOfOne(key.tag))
            hash.combine(key.argument)
            hash.combine(self(key))
        }
        return hash.value
    }

    private static func combined(_ pairs: [(String, UInt64)]) -> UInt64 {
        var hash = StableHash()
        for (id, value) in pairs {
            hash.combine(id)
            hash.combine(value)
        }
        return hash.value
    }

    /// Each record's id and what it is about: a chip's vendor, an event's subjects.
    private static func index(_ kind: RecordKind, _ project: Project) -> [String] {
        switch kind {
        case .chip: project.chips.map { $0.id + "/" + $0.vendor }
        case .event: project.events.map { $0.id + "/" + $0.subjects.joined(separator: ",") }
        case .metric: project.metrics.map { $0.id + "/" + $0.subject }
        case .source: project.sources.map(\.id)
        case .vendor: project.vendors.map(\.id)
        case .series: project.series.map(\.id)
        case .chart: project.charts.map(\.id)
        }
    }
}
