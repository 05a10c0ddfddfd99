import Foundation
import ReportFuzzHarness
import Testing

/// Replays every input that once crashed a fuzz target (kept by `make fuzz` under
/// `Tests/Fixtures/fuzz/<target>/`), and the seed of each target, through the same harness.
@Suite struct FuzzReplayTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz")

    /// `target/file` for each kept input.
    static let kept: [String] = FuzzHarness.targets.keys.sorted().flatMap { target in
        let folder = fixtures.appendingPathComponent(target)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { !$0.hasPrefix(".") }.sorted().map { "\(target)/\($0)" }
    }

    @Test(arguments: kept)
    func aKeptCrashNoLongerCrashes(_ input: String) throws {
        let target = String(input.prefix { $0 != "/" })
        let bytes = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent(input)))
        try #require(FuzzHarness.targets[target] != nil)
        FuzzHarness.targets[target]?(bytes)
    }

    @Test func everyTargetHasAFolderOfKeptInputs() {
        for target in FuzzHarness.targets.keys {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(
                atPath: Self.fixtures.appendingPathComponent(target).path, isDirectory: &isFolder)
            #expect(exists && isFolder.boolValue, "Tests/Fixtures/fuzz/\(target)/ is missing")
        }
    }
}
