import Foundation
import Testing
@testable import ReportCharts

/// Compares every preset's SVG byte for byte with `Golden/NAME.svg`;
/// `RECORD_GOLDEN=1 swift test` re-records them.
@Suite struct GoldenTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let isRecording = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"

    @Test(arguments: ["ranked-bars", "normalized-bars", "time-series", "scatter", "timeline", "range"])
    func matchesGolden(name: String) throws {
        let chart = try #require(try Samples.all().first { $0.name == name }?.chart)
        let url = Self.directory.appendingPathComponent("\(name).svg")
        if Self.isRecording {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try Data(chart.svg.utf8).write(to: url)
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(chart.svg == golden, "\(name).svg differs from its golden; re-record with RECORD_GOLDEN=1 if intended")
    }
}
