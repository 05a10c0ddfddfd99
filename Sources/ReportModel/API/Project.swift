/// Everything in Data/, decoded and validated.
public struct Project: Sendable {
    /// site.yaml.
    public let settings: SiteSettings
    /// sources.yaml, in file order.
    public let sources: [Source]
    /// vendors.yaml, in file order.
    public let vendors: [Vendor]
    /// chips.yaml, in file order.
    public let chips: [Chip]
    /// events.yaml, sorted by date then id.
    public let events: [Event]
    /// metrics.yaml, in file order.
    public let metrics: [Metric]
    /// series.yaml and its CSV files.
    public let series: [Series]
    /// charts.yaml, in file order.
    public let charts: [ChartDeclaration]
    /// Archived source texts by source id.
    public let archives: [String: String]
    /// A stable hash of each record's text (a series' includes its CSV): what incremental
    /// builds compare.
    public let fingerprints: [RecordKey: UInt64]
    /// A stable hash of site.yaml.
    public let settingsFingerprint: UInt64
    /// Problems that do not stop a build.
    public let warnings: [Diagnostic]

    /// A source by id.
    public func source(_ id: String) -> Source? { sourcesByID[id] }
    /// A vendor by id.
    public func vendor(_ id: String) -> Vendor? { vendorsByID[id] }
    /// A chip by id.
    public func chip(_ id: String) -> Chip? { chipsByID[id] }
    /// An event by id.
    public func event(_ id: String) -> Event? { eventIndex[id].map { events[$0] } }
    /// An event's place in `events` (date order).
    public func eventPosition(_ id: String) -> Int? { eventIndex[id] }
    /// A metric by id.
    public func metric(_ id: String) -> Metric? { metricIndex[id].map { metrics[$0] } }
    /// A series by id.
    public func series(_ id: String) -> Series? { series.first { $0.id == id } }

    let sourcesByID: [String: Source]
    let vendorsByID: [String: Vendor]
    let chipsByID: [String: Chip]
    let eventIndex: [String: Int]
    let metricIndex: [String: Int]

    static func index(_ ids: [String]) -> [String: Int] {
        Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
