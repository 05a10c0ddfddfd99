import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Peak memory of a whole `report build` grows by at most ten times the size of its input
/// (the bound below the 16 MB limit), measured as the child's own peak resident set
/// (`wait4`'s rusage) against the same program building the small fixture.
@Suite struct MemoryTests {
    /// Runs `report` and returns its exit status (the negated signal when one ended it) and
    /// peak resident memory in bytes.
    static func peak(_ arguments: [String]) throws -> (status: Int32, bytes: Int) {
        let argv = ([Subprocess.executable.path] + arguments).map { strdup($0) } + [nil]
        let environment = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            environment.forEach { free($0) }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, Subprocess.executable.path, &actions, nil, argv, environment)
        try #require(spawned == 0 && pid > 0)
        var status: Int32 = 0
        var usage = rusage()
        var waited: pid_t
        repeat { waited = wait4(pid, &status, 0, &usage) } while waited < 0 && errno == EINTR
        try #require(waited == pid)
        let signal = status & 0x7f
        return (signal == 0 ? (status >> 8) & 0xff : -signal, usage.ru_maxrss * 1024)
    }

    /// A fresh copy of the fixture's Data/ and Templates/.
    static func copy() throws -> URL {
        let project = FileManager.default.temporaryDirectory.appendingPathComponent("memory-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        for name in ["Data", "Templates"] {
            try FileManager.default.copyItem(at: CommandTests.fixture.appendingPathComponent(name), to: project.appendingPathComponent(name))
        }
        return project
    }

    @Test func aBuildsPeakMemoryGrowsByAtMostTenTimesItsInput() throws {
        let small = try Self.copy()
        let large = try Self.copy()
        defer {
            try? FileManager.default.removeItem(at: small)
            try? FileManager.default.removeItem(at: large)
        }
        // About 4 MB of events: the fixture's event again and again under new ids.
        let events = large.appendingPathComponent("Data/events.yaml")
        let event = try String(contentsOf: events, encoding: .utf8)
        var text = event
        var copy = 1
        while text.utf8.count < 4_000_000 {
            text += event.replacingOccurrences(of: "- id: 2025-04-15-h20-charge", with: "- id: 2025-04-15-h20-charge-\(copy)")
            copy += 1
        }
        try text.write(to: events, atomically: true, encoding: .utf8)
        let input = try FileManager.default.subpaths(atPath: large.appendingPathComponent("Data").path)!.reduce(0) { sum, path in
            sum + ((try FileManager.default.attributesOfItem(atPath: large.appendingPathComponent("Data/" + path).path)[.size] as? Int) ?? 0)
        }
        let base = try Self.peak(["build", "--root", small.path])
        let grown = try Self.peak(["build", "--root", large.path])
        #expect(base.status == 0 && grown.status == 0)
        #expect(FileManager.default.fileExists(atPath: large.appendingPathComponent("site/timeline/\((copy + 99) / 100).html").path))
        let growth = grown.bytes - base.bytes
        #expect(growth <= 10 * input, "peak \(grown.bytes >> 20) MB for \(input >> 20) MB of Data/, \(base.bytes >> 20) MB for the fixture")
    }
}
