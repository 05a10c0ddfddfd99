import Foundation
import Testing
@testable import ReportModel

/// Loads that reuse records kept from earlier loads give exactly what a fresh load gives.
@Suite struct RecordCacheTests {
    static let fixture = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/valid/Data")

    /// A copy of the valid fixture's Data/ to edit.
    static func copy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixture, to: folder)
        return folder
    }

    /// Everything a load gives: records, fingerprints and warnings, or every problem.
    struct Outcome: Equatable {
        var sources: [Source] = [], vendors: [Vendor] = [], chips: [Chip] = [], events: [Event] = []
        var metrics: [Metric] = [], series: [Series] = [], charts: [ChartDeclaration] = []
        var fingerprints: [RecordKey: UInt64] = [:]
        var messages: [String] = []
    }

    static func outcome(_ folder: URL, cache: RecordCache?) -> Outcome {
        do {
            let project = try Project.load(from: folder, cache: cache)
            return Outcome(
                sources: project.sources, vendors: project.vendors, chips: project.chips, events: project.events,
                metrics: project.metrics, series: project.series, charts: project.charts,
                fingerprints: project.fingerprints, messages: project.warnings.map(\.description))
        } catch let error as DiagnosticError {
            return Outcome(messages: error.diagnostics.map(\.description))
        } catch {
            return Outcome(messages: ["\(error)"])
        }
    }

    static func edit(_ folder: URL, _ file: String, _ old: String, _ new: String) throws {
        let url = folder.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old))
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
    }

    @Test func aSecondLoadReplaysEveryRecord() throws {
        let folder = try Self.copy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = RecordCache()
        let first = Self.outcome(folder, cache: cache)
        let kept = cache.count
        #expect(kept > 10)
        #expect(Self.outcome(folder, cache: cache) == first)
        #expect(cache.count == kept)
        #expect(first == Self.outcome(folder, cache: nil))
        #expect(!first.chips.isEmpty)
    }

    @Test(arguments: [
        // A figure's value: only that chip is decoded again.
        ("chips.yaml", "value: 148", "value: 150"),
        // A source renamed: the chips citing it must now say it is unknown, though their text is unchanged.
        ("sources.yaml", "id: tomshardware-2024-h20", "id: tomshardware-2024-h20-renamed"),
        // A syntax error in one item, then its problems replayed on the next load.
        ("chips.yaml", "value: 989.4", "value: [989.4"),
        // Lines added before other items move them: their places in messages must follow.
        ("chips.yaml", "- id: h100\n", "# a comment\n# another\n- id: h100\n"),
    ])
    func anEditGivesWhatAFreshLoadGives(_ file: String, _ old: String, _ new: String) throws {
        let folder = try Self.copy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = RecordCache()
        _ = Self.outcome(folder, cache: cache)
        try Self.edit(folder, file, old, new)
        let cached = Self.outcome(folder, cache: cache)
        #expect(cached == Self.outcome(folder, cache: nil))
        // And once more, now that the edited item is in the cache too.
        #expect(Self.outcome(folder, cache: cache) == cached)
    }

    @Test func entriesALoadDidNotUseAreDropped() throws {
        let folder = try Self.copy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = RecordCache()
        _ = Self.outcome(folder, cache: cache)
        let kept = cache.count
        try Self.edit(folder, "chips.yaml", "value: 148", "value: 150")
        _ = Self.outcome(folder, cache: cache)
        // The old h20 item is gone and the new one is in: the same count, not one more.
        #expect(cache.count == kept)
    }
}
