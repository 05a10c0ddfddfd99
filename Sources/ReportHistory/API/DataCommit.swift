/// One commit that changed at least one figure or record in Data/.
public struct DataCommit: Sendable, Hashable, Codable {
    /// The commit's full hash.
    public let hash: String
    /// When its author made it, ISO 8601 (`2026-12-02T07:43:50+00:00`).
    public let date: String
    /// The first line of its message.
    public let subject: String
    /// What it changed, in Data/'s order.
    public let changes: [FigureChange]

    /// Creates a commit.
    public init(hash: String, date: String, subject: String, changes: [FigureChange]) {
        self.hash = hash
        self.date = date
        self.subject = subject
        self.changes = changes
    }

    /// `2026-12-02`: the day part of `date`.
    public var day: String { String(date.prefix(10)) }
}
