/// Every figure and record of one version of Data/: what the history compares, and what
/// the state folder keeps for each version (by its Data/ tree), so old versions are read once.
public struct FigureSnapshot: Sendable, Hashable, Codable {
    /// Records in Data/'s order.
    public let records: [SnapshotRecord]
    /// Figures in Data/'s order.
    public let figures: [SnapshotFigure]

    /// Creates a snapshot.
    public init(records: [SnapshotRecord], figures: [SnapshotFigure]) {
        self.records = records
        self.figures = figures
    }

    /// A version with nothing in it (before Data/ existed).
    public static let empty = FigureSnapshot(records: [], figures: [])
}
