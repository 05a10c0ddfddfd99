/// One difference between two versions of Data/: a figure added, removed or changed, or a
/// record added or removed.
public struct FigureChange: Sendable, Hashable, Codable {
    /// What happened.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A figure (a field's first estimate, or one more estimate) appeared.
        case added
        /// A figure disappeared.
        case removed
        /// A figure's value, unit, source, confidence or date changed.
        case changed
        /// A record appeared (its figures are not listed one by one).
        case recordAdded = "record-added"
        /// A record disappeared.
        case recordRemoved = "record-removed"
    }

    /// What happened.
    public let kind: Kind
    /// The record concerned (for a figure, the record it belongs to).
    public let record: SnapshotRecord
    /// The figure before; nil for additions and record changes.
    public let old: SnapshotFigure?
    /// The figure after; nil for removals and record changes.
    public let new: SnapshotFigure?

    /// Creates a change.
    public init(kind: Kind, record: SnapshotRecord, old: SnapshotFigure? = nil, new: SnapshotFigure? = nil) {
        self.kind = kind
        self.record = record
        self.old = old
        self.new = new
    }

    /// The figure's field, for figure changes.
    public var field: String? { (new ?? old)?.field }

    /// Whether the change is about one figure rather than a whole record.
    public var isFigure: Bool { kind == .added || kind == .removed || kind == .changed }
}
