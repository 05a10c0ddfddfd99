import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Each version's snapshot as a file named by its Data/ tree hash, so a rebuild reads old
/// versions from here and not from the repository. A file that cannot be read is a miss.
struct SnapshotCache: Sendable {
    /// The folder, or nil for no cache.
    let folder: URL?
    /// Whether new snapshots are written (a check reads the cache but writes nothing).
    let writes: Bool

    /// Bumped when `FigureSnapshot`'s form or what it extracts changes.
    static let format = 1

    func read(tree: String) -> FigureSnapshot? {
        guard let url = url(tree), let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return try? JSONDecoder().decode(FigureSnapshot.self, from: data)
    }

    func write(_ snapshot: FigureSnapshot, tree: String) {
        guard writes, let url = url(tree) else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(snapshot) else { return }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(tree).\(UUID().uuidString)")
        guard (try? data.write(to: temporary)) != nil, rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            return
        }
    }

    private func url(_ tree: String) -> URL? {
        guard tree.allSatisfy(\.isHexDigit) else { return nil }
        return folder?.appendingPathComponent("snapshots-\(Self.format)").appendingPathComponent(tree + ".json")
    }
}
