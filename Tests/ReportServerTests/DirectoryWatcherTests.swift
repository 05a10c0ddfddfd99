import Foundation
import Testing
@testable import ReportServer

@Suite struct DirectoryWatcherTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }


    @Test(.timeLimit(.minutes(1))) func aBurstOfWritesIsOneBatch() async throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let watcher = try DirectoryWatcher(folders: [root], quietPeriod: 0.3)
        defer { watcher.stop() }
        var batches = watcher.batches().makeAsyncIterator()
        // An editor's atomic save: a temporary file written, then renamed over the target, five times.
        for index in 0..<5 {
            try Data("edit \(index)".utf8).write(to: root.appendingPathComponent("chips.yaml"), options: .atomic)
        }
        let batch = try #require(await batches.next())
        #expect(batch.contains(root.appendingPathComponent("chips.yaml").path))
        try await Task.sleep(for: .seconds(1))
        try Data("later".utf8).write(to: root.appendingPathComponent("other.yaml"))
        let second = try #require(await batches.next())
        #expect(second == [root.appendingPathComponent("other.yaml").path])
    }

    @Test(.timeLimit(.minutes(1))) func foldersCreatedAfterStartAreWatched() async throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let watcher = try DirectoryWatcher(folders: [root], quietPeriod: 0.1)
        defer { watcher.stop() }
        var batches = watcher.batches().makeAsyncIterator()
        let sub = root.appendingPathComponent("series/2026")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        _ = await batches.next()
        try await Task.sleep(for: .milliseconds(100))
        try Data("a,b\n".utf8).write(to: sub.appendingPathComponent("new.csv"))
        var seen: [String] = []
        for _ in 0..<3 where !seen.contains(sub.appendingPathComponent("new.csv").path) {
            seen += await batches.next() ?? []
        }
        #expect(seen.contains(sub.appendingPathComponent("new.csv").path))
    }
}
