import ReportModel

/// The figure-level history of Data/: the commits that changed a figure or a record, newest
/// first, read from the project's git repository.
public struct DataHistory: Sendable {
    /// Whether there is a history to show.
    public enum Status: Sendable, Hashable {
        /// Not a git repository, no git, or `history: 0`; the reason is for the build's notes.
        case unavailable(String)
        /// Every commit that touched Data/ (up to the limit) was compared.
        case complete
        /// A shallow clone: commits older than the clone's depth are not there.
        case limited
    }

    /// Whether there is a history, and whether it is whole.
    public let status: Status
    /// Commits that changed something, newest first.
    public let commits: [DataCommit]
    /// The newest commit that touched Data/, nil when none did or there is no repository.
    public let head: String?
    /// Whether more commits touched Data/ than the limit let the history read.
    public let truncated: Bool
    /// How many versions of Data/ this read had to load from the repository (the others came
    /// from the cache).
    public let versionsLoaded: Int

    /// Creates a history.
    public init(status: Status, commits: [DataCommit], head: String?, truncated: Bool, versionsLoaded: Int) {
        self.status = status
        self.commits = commits
        self.head = head
        self.truncated = truncated
        self.versionsLoaded = versionsLoaded
    }

    /// No history, for `reason`.
    public static func unavailable(_ reason: String) -> DataHistory {
        DataHistory(status: .unavailable(reason), commits: [], head: nil, truncated: false, versionsLoaded: 0)
    }

    /// Whether there is a history to show.
    public var isAvailable: Bool {
        if case .unavailable = status { return false }
        return true
    }

    /// A hash of what the history shows: what pages that list it depend on.
    public var fingerprint: UInt64 {
        var hash = StableHash()
        switch status {
        case .unavailable: hash.combine("unavailable")
        case .complete: hash.combine("complete")
        case .limited: hash.combine("limited")
        }
        hash.combine(truncated ? "truncated" : "whole")
        for commit in commits { hash.combine(commit.hash) }
        return hash.value
    }

    /// Every change to one record (and, for a series, to its points), oldest commit last.
    public func changes(to key: SnapshotRecord.Key) -> [(commit: DataCommit, change: FigureChange)] {
        commits.flatMap { commit in
            commit.changes.filter { $0.record.key.whole == key && $0.isFigure }.map { (commit, $0) }
        }
    }
}
