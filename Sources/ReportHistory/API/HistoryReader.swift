import Foundation
import ReportModel

/// Reads the figure-level history of a project's Data/ from its git repository, with the
/// `git` command (see ARCHITECTURE.md for why), caching each version's snapshot by its tree.
public struct HistoryReader: Sendable {
    /// The project folder (holding Data/).
    public let root: URL
    /// Where snapshots are cached; nil for none.
    public let cache: URL?
    /// Whether new snapshots are written to the cache.
    public let writesCache: Bool

    /// A reader of the project at `root`.
    public init(root: URL, cache: URL?, writesCache: Bool = true) {
        self.root = root
        self.cache = cache
        self.writesCache = writesCache
    }

    /// What identifies the history without reading it: the newest commit that touched Data/
    /// and whether the clone is shallow; nil outside a repository. Cheap: two git commands.
    public func head() -> String? {
        guard let repository = GitRepository.open(root: root) else { return nil }
        let head = (try? repository.head()) ?? nil
        return (head ?? "none") + (repository.isShallow ? " shallow" : "")
    }

    /// The newest `limit` commits that touched Data/, each compared with its first parent.
    public func read(limit: Int) -> DataHistory {
        guard limit > 0 else { return .unavailable("site.yaml sets history: 0") }
        guard let repository = GitRepository.open(root: root) else {
            return .unavailable("\(root.path) is not in a git repository (or git is not installed)")
        }
        do {
            return try read(repository, limit: limit)
        } catch {
            return .unavailable("cannot read the repository: \(error)")
        }
    }

    /// The commit `revision` names and the snapshot of Data/ there.
    /// - Throws: `HistoryError` when there is no repository, the revision names no commit, or
    ///   Data/ there cannot be read.
    public func snapshot(at revision: String) throws -> (commit: String, snapshot: FigureSnapshot) {
        guard let repository = GitRepository.open(root: root) else {
            throw HistoryError("\(root.path) is not in a git repository (or git is not installed)")
        }
        guard let commit = repository.commit(revision) else { throw HistoryError("unknown revision '\(revision)'") }
        var loaded = 0
        let trees = try repository.trees([commit])
        guard case .tree(let tree) = trees[commit] else { return (commit, .empty) }
        let snapshots = try self.snapshots(of: [tree], in: repository, loaded: &loaded)
        guard let snapshot = snapshots[tree] else { throw HistoryError("cannot read Data/site.yaml at '\(revision)'") }
        return (commit, snapshot)
    }
}

private extension HistoryReader {
    func read(_ repository: GitRepository, limit: Int) throws -> DataHistory {
        let log = try repository.log(limit: limit + 1)
        let entries = Array(log.prefix(limit))
        let parents = entries.compactMap(\.parents.first)
        let trees = try repository.trees(Array(Set(entries.map(\.hash) + parents)).sorted())
        let needed = Set(trees.values.compactMap { lookup -> String? in
            if case .tree(let tree) = lookup { return tree }
            return nil
        })
        var loaded = 0
        let snapshots = try self.snapshots(of: needed.sorted(), in: repository, loaded: &loaded)
        func snapshot(_ commit: String?) -> FigureSnapshot? {
            guard let commit else { return repository.isShallow ? nil : .empty }
            switch trees[commit] {
            case .tree(let tree): return snapshots[tree]
            case .absent: return .empty
            case .unknown, nil: return nil
            }
        }
        var commits: [DataCommit] = []
        var edge = false
        for entry in entries {
            guard let new = snapshot(entry.hash), let old = snapshot(entry.parents.first) else {
                edge = true
                continue
            }
            let changes = new.changes(since: old)
            if !changes.isEmpty {
                commits.append(DataCommit(hash: entry.hash, date: entry.date, subject: entry.subject, changes: changes))
            }
        }
        return DataHistory(
            status: repository.isShallow || edge ? .limited : .complete, commits: commits, head: entries.first?.hash,
            truncated: log.count > limit, versionsLoaded: loaded
        )
    }

    /// Each tree's snapshot, from the cache or loaded from the repository's objects.
    func snapshots(
        of trees: [String], in repository: GitRepository, loaded: inout Int
    ) throws -> [String: FigureSnapshot] {
        let store = SnapshotCache(folder: cache, writes: writesCache)
        var result: [String: FigureSnapshot] = [:]
        var missing: [String] = []
        for tree in trees {
            if let snapshot = store.read(tree: tree) { result[tree] = snapshot } else { missing.append(tree) }
        }
        for (tree, files) in try repository.files(of: missing) {
            guard let project = try? Project.load(files: files) else { continue }
            let snapshot = FigureSnapshot(project)
            loaded += 1
            store.write(snapshot, tree: tree)
            result[tree] = snapshot
        }
        return result
    }
}
