/// The kinds of record Data/ holds, one file each.
public enum RecordKind: String, Sendable, Hashable, CaseIterable {
    case source, vendor, chip, event, metric, series, chart

    /// The file under Data/ that declares records of this kind.
    public var fileName: String {
        switch self {
        case .series: "series.yaml"
        default: rawValue + "s.yaml"
        }
    }

    /// The kind declared by a file under Data/, e.g. `chips.yaml`.
    public init?(fileName: String) {
        guard let kind = Self.allCases.first(where: { $0.fileName == fileName }) else { return nil }
        self = kind
    }
}
