import ReportModel

/// One record of one version of Data/: a chip, a vendor, an event, a metric, a source, a
/// series, or one point of a series.
public struct SnapshotRecord: Sendable, Hashable, Codable {
    /// Which record: its kind and id, and for a point of a series, its period.
    public struct Key: Sendable, Hashable, Codable, Comparable {
        /// `chip`, `vendor`, `event`, `metric`, `series`, `source` (`RecordKind`'s raw values).
        public let kind: String
        /// The record's id.
        public let id: String
        /// A series point's period; nil for whole records.
        public let part: String?

        /// Creates a key.
        public init(kind: RecordKind, id: String, part: String? = nil) {
            self.kind = kind.rawValue
            self.id = id
            self.part = part
        }

        /// The record kind, when it is one this release knows.
        public var recordKind: RecordKind? { RecordKind(rawValue: kind) }

        /// The whole record this key is, or is a part of.
        public var whole: Key { Key(kind: recordKind ?? .source, id: id) }

        public static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.kind, lhs.id, lhs.part ?? "") < (rhs.kind, rhs.id, rhs.part ?? "")
        }
    }

    /// Which record.
    public let key: Key
    /// What readers call it: `H20`, `Huawei`, an event's title, a series' title and period.
    public let name: String

    /// Creates a record.
    public init(key: Key, name: String) {
        self.key = key
        self.name = name
    }
}
