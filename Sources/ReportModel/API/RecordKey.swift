/// The identity of one record in Data/: its kind and its id, e.g. the chip `h20`.
public struct RecordKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// What kind of record it is.
    public let kind: RecordKind
    /// The record's id, unique within its kind.
    public let id: String

    /// Creates a key.
    public init(_ kind: RecordKind, _ id: String) {
        self.kind = kind
        self.id = id
    }

    /// `chip h20`.
    public var description: String { "\(kind.rawValue) \(id)" }

    public static func < (lhs: RecordKey, rhs: RecordKey) -> Bool {
        (lhs.kind.rawValue, lhs.id) < (rhs.kind.rawValue, rhs.id)
    }
}
