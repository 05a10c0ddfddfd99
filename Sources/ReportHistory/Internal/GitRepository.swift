import Foundation

/// The repository a project folder is in, read through git's plumbing only: `log` lists the
/// commits that touched Data/, `cat-file --batch-check` finds each one's Data/ tree, `ls-tree`
/// lists a tree's files and `cat-file --batch` reads their bytes. Nothing is checked out.
struct GitRepository: Sendable {
    let git: Git
    /// Data/ as a path from the top of the repository, for `<commit>:<path>`.
    let dataPath: String
    /// Whether the clone is shallow (`git clone --depth N`): older commits are not there.
    let isShallow: Bool

    /// One commit that touched Data/.
    struct LogEntry: Sendable {
        let hash: String
        let parents: [String]
        /// ISO 8601, as the author wrote it.
        let date: String
        let subject: String
    }

    /// The repository holding `root`, or nil when there is none (or no git).
    static func open(root: URL) -> GitRepository? {
        let git = Git(folder: root)
        guard let text = try? git.text(["rev-parse", "--is-shallow-repository", "--show-prefix"]) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let shallow = lines.first, shallow == "true" || shallow == "false" else { return nil }
        let prefix = lines.count > 1 ? lines[1] : ""
        return GitRepository(git: git, dataPath: prefix + "Data", isShallow: shallow == "true")
    }

    /// The newest `limit` commits that touched Data/, newest first.
    func log(limit: Int) throws -> [LogEntry] {
        let format = "--format=%H%x1f%P%x1f%aI%x1f%s%x1e"
        let data = try git.run(["log", "-n", String(limit), "--no-show-signature", format, "--", "Data"])
        return String(decoding: data, as: UTF8.self).split(separator: "\u{1e}").compactMap { record in
            let fields = record.trimmingCharacters(in: .newlines)
                .split(separator: "\u{1f}", omittingEmptySubsequences: false)
            guard fields.count == 4 else { return nil }
            return LogEntry(
                hash: String(fields[0]), parents: fields[1].split(separator: " ").map(String.init),
                date: String(fields[2]), subject: String(fields[3])
            )
        }
    }

    /// The newest commit that touched Data/; nil when none did.
    func head() throws -> String? {
        let text = try git.text(["log", "-1", "--no-show-signature", "--format=%H", "--", "Data"])
        return text.isEmpty ? nil : text
    }

    /// The full hash of `revision`, nil when it names no commit.
    func commit(_ revision: String) -> String? {
        guard !revision.hasPrefix("-") else { return nil }
        return try? git.text(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"])
    }

    /// What each name is: `.tree(hash)` for Data/ at a commit, `.absent` when the commit has
    /// no Data/, `.unknown` when the commit itself is not in the repository (a shallow edge).
    func trees(_ commits: [String]) throws -> [String: TreeLookup] {
        guard !commits.isEmpty else { return [:] }
        let objects = commits.flatMap { [$0, "\($0):\(dataPath)"] }
        let input = Data(objects.map { $0 + "\n" }.joined().utf8)
        let lines = String(decoding: try git.run(["cat-file", "--batch-check"], input: input), as: UTF8.self)
            .split(separator: "\n").map(String.init)
        var result: [String: TreeLookup] = [:]
        for (index, commit) in commits.enumerated() where 2 * index + 1 < lines.count {
            let commitLine = lines[2 * index], treeLine = lines[2 * index + 1].split(separator: " ")
            if commitLine.hasSuffix(" missing") {
                result[commit] = .unknown
            } else if treeLine.count == 3, treeLine[1] == "tree" {
                result[commit] = .tree(String(treeLine[0]))
            } else {
                result[commit] = .absent
            }
        }
        return result
    }

    /// The YAML and CSV files of each tree, by path below it (archived texts are not read).
    func files(of trees: [String]) throws -> [String: [String: Data]] {
        var blobsOfTree: [String: [(path: String, blob: String)]] = [:]
        for tree in trees {
            let listing = try git.run(["ls-tree", "-r", "-z", tree])
            blobsOfTree[tree] = listing.split(separator: 0).compactMap { entry in
                let text = String(decoding: entry, as: UTF8.self)
                guard let tab = text.firstIndex(of: "\t") else { return nil }
                let meta = text[..<tab].split(separator: " "), path = String(text[text.index(after: tab)...])
                guard meta.count == 3, meta[1] == "blob", path.hasSuffix(".yaml") || path.hasSuffix(".csv") else {
                    return nil
                }
                return (path, String(meta[2]))
            }
        }
        let blobs = Array(Set(blobsOfTree.values.flatMap { $0.map(\.blob) })).sorted()
        let contents = try read(blobs)
        return blobsOfTree.mapValues { entries in
            Dictionary(entries.compactMap { entry in contents[entry.blob].map { (entry.path, $0) } },
                       uniquingKeysWith: { first, _ in first })
        }
    }

    /// The bytes of each blob, read in one `git cat-file --batch`.
    private func read(_ blobs: [String]) throws -> [String: Data] {
        guard !blobs.isEmpty else { return [:] }
        let output = try git.run(["cat-file", "--batch"], input: Data(blobs.map { $0 + "\n" }.joined().utf8))
        var result: [String: Data] = [:]
        var offset = output.startIndex
        while offset < output.endIndex, let newline = output[offset...].firstIndex(of: 0x0A) {
            let header = String(decoding: output[offset..<newline], as: UTF8.self).split(separator: " ")
            offset = output.index(after: newline)
            guard header.count == 3, let size = Int(header[2]) else { continue }
            let end = output.index(offset, offsetBy: size)
            result[String(header[0])] = Data(output[offset..<end])
            offset = output.index(after: end)
        }
        return result
    }
}

/// What a commit's Data/ is.
enum TreeLookup: Sendable, Hashable {
    case tree(String)
    case absent
    case unknown
}
