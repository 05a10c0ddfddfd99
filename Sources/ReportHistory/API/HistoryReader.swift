import Foundation
#if canImport(Glibc)
import Glibc
#endif
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

    /// What changes whenever the history could have, read without running git: the text of
    /// `HEAD` and of each loose ref it leads to (following `ref:` chains), the stat of those refs,
    /// of `packed-refs`, `shallow`, `info/grafts` and `refs/replace` (a commit, amend, reset,
    /// checkout, rebase, deepening or replacement rewrites one of them). "no repository" when no
    /// `.git` is found above `root` (its real path); nil where only git can tell: the environment
    /// points git elsewhere (`GIT_DIR`...), the refs are in a reftable, or a ref is odd.
    public func refStamp() -> String? {
        let environment = ProcessInfo.processInfo.environment
        guard environment["GIT_DIR"] == nil, environment["GIT_COMMON_DIR"] == nil, environment["GIT_WORK_TREE"] == nil else {
            return nil
        }
        let path = root.standardizedFileURL.path
        let real = realpath(path, nil).map { pointer in
            defer { free(pointer) }
            return String(cString: pointer)
        } ?? path
        guard let (gitDir, commonDir) = Self.gitFolders(above: real) else { return "no repository" }
        guard !FileManager.default.fileExists(atPath: commonDir + "/reftable"),
              var text = try? String(contentsOfFile: gitDir + "/HEAD", encoding: .utf8) else { return nil }
        var parts = ["HEAD " + text.trimmingCharacters(in: .whitespacesAndNewlines)]
        var depth = 0
        while text.hasPrefix("ref: ") {
            let ref = text.dropFirst(5).trimmingCharacters(in: .whitespacesAndNewlines)
            depth += 1
            guard depth <= 5, !ref.contains(".."), !ref.hasPrefix("/") else { return nil }
            // A per-worktree ref lives in the worktree's own folder, the rest in the common one.
            let folder = ref.hasPrefix("refs/") ? commonDir : gitDir
            parts.append(Self.fileStamp(folder + "/" + ref))
            guard let next = try? String(contentsOfFile: folder + "/" + ref, encoding: .utf8) else { break }
            parts.append(next.trimmingCharacters(in: .whitespacesAndNewlines))
            text = next
        }
        for name in ["packed-refs", "shallow", "info/grafts", "refs/replace"] {
            parts.append(Self.fileStamp(commonDir + "/" + name))
        }
        parts.append(Self.fileStamp(gitDir + "/shallow"))
        return parts.joined(separator: "\n")
    }

    /// The git folder for `path` (`.git`, or the folder a `.git` file names, as a worktree has)
    /// and the folder its refs are in (the same, or the main repository's for a worktree).
    static func gitFolders(above path: String) -> (String, String)? {
        var folder = path
        while true {
            let candidate = folder + "/.git"
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder) {
                var gitDir = candidate
                if !isFolder.boolValue {
                    guard let text = try? String(contentsOfFile: candidate, encoding: .utf8), text.hasPrefix("gitdir: ") else { return nil }
                    let named = text.dropFirst(8).trimmingCharacters(in: .whitespacesAndNewlines)
                    gitDir = named.hasPrefix("/") ? named : folder + "/" + named
                }
                var commonDir = gitDir
                if let common = try? String(contentsOfFile: gitDir + "/commondir", encoding: .utf8) {
                    let named = common.trimmingCharacters(in: .whitespacesAndNewlines)
                    commonDir = named.hasPrefix("/") ? named : gitDir + "/" + named
                }
                return (gitDir, commonDir)
            }
            guard let slash = folder.lastIndex(of: "/"), folder != "/" else { return nil }
            folder = slash == folder.startIndex ? "/" : String(folder[..<slash])
        }
    }

    /// `path size inode mtime ctime` (nanoseconds, of the file a link leads to), or `path absent`.
    static func fileStamp(_ path: String) -> String {
        var info = Glibc.stat()
        guard fstatat(AT_FDCWD, path, &info, 0) == 0 else { return path + " absent" }
        return "\(path) \(info.st_size) \(info.st_ino) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
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
