import Foundation
import Testing
import ReportHistory
@testable import ReportSite

/// The state folder's binary form of the last build's figures.
@Suite struct FigureStateTests {
    static let snapshot = FigureSnapshot(
        records: [
            SnapshotRecord(key: .init(kind: .chip, id: "h20"), name: "H20"),
            SnapshotRecord(key: .init(kind: .series, id: "revenue", part: "FY2025"), name: "Revenue, FY2025"),
        ],
        figures: [
            SnapshotFigure(owner: .init(kind: .chip, id: "h20"), field: "fp16_tflops", label: "FP16", value: .number(148),
                           unit: "TFLOPS", asOf: "2024", source: "s1", confidence: "high"),
            SnapshotFigure(owner: .init(kind: .chip, id: "h20"), field: "launch", label: "Launch", value: .date("2024-02"),
                           unit: nil, asOf: nil, source: "s2", confidence: "medium"),
            SnapshotFigure(owner: .init(kind: .series, id: "revenue", part: "FY2025"), field: "value", label: "“Revenue” <b>",
                           value: .text("TSMC 4N"), unit: nil, asOf: "2025-Q1", source: "s3", confidence: "low"),
            SnapshotFigure(owner: .init(kind: .chip, id: "h20"), field: "tiny", label: "", value: .number(-0.1e-300),
                           unit: "W", asOf: nil, source: "s1", confidence: "high"),
        ]
    )

    @Test func aSnapshotSurvivesItsBinaryForm() {
        #expect(FigureSnapshot(binary: Self.snapshot.binary) == Self.snapshot)
        #expect(FigureSnapshot(binary: FigureSnapshot.empty.binary) == FigureSnapshot.empty)
    }

    @Test func equalSnapshotsAreEqualBytesAndDifferentOnesAreNot() {
        let copy = FigureSnapshot(records: Self.snapshot.records, figures: Self.snapshot.figures)
        #expect(copy.binary == Self.snapshot.binary)
        let fewer = FigureSnapshot(records: Self.snapshot.records, figures: Array(Self.snapshot.figures.dropLast()))
        #expect(fewer.binary != Self.snapshot.binary)
    }

    @Test func truncatedOrForeignBytesAreNotUsed() {
        let bytes = Self.snapshot.binary
        for length in [0, 7, 8, 20, bytes.count / 2, bytes.count - 1] {
            #expect(FigureSnapshot(binary: Array(bytes.prefix(length))) == nil, "\(length) bytes")
        }
        #expect(FigureSnapshot(binary: bytes + [0]) == nil)
        #expect(FigureSnapshot(binary: Array("{\"records\":[],\"figures\":[]}".utf8)) == nil)
    }
}

/// `report serve` keeps the last build's outputs in memory instead of decoding the state file:
/// both must be the same records.
@Suite struct BuildStateFormTests {
    @Test func theOutputsSurviveTheStateFile() throws {
        let project = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let inputs = try Inputs.load(BuildOptions(root: project), lint: false)
        let outcome = BuildEngine(site: inputs.site, previous: [:]).run()
        #expect(outcome.outputs.count > 20)
        let state = BuildState(outputs: outcome.outputs)
        #expect(BuildState(decoding: state.encoded()) == state)
    }
}
