import Foundation
import Testing
import ReportModel
@testable import ReportHistory

/// Comparing two versions' snapshots: one behaviour per test, snapshots written inline.
@Suite struct SnapshotDiffTests {
    static let h20 = SnapshotRecord(key: .init(kind: .chip, id: "h20"), name: "H20")

    static func figure(_ value: Double, source: String = "a", confidence: String = "high") -> SnapshotFigure {
        SnapshotFigure(
            owner: h20.key, field: "fp16_tflops", label: "FP16 dense", value: .number(value), unit: "TFLOPS",
            asOf: "2024", source: source, confidence: confidence
        )
    }

    static func snapshot(_ figures: SnapshotFigure..., records: [SnapshotRecord] = [h20]) -> FigureSnapshot {
        FigureSnapshot(records: records, figures: figures)
    }

    @Test func sameFiguresAreNoChange() {
        #expect(Self.snapshot(Self.figure(148)).changes(since: Self.snapshot(Self.figure(148))).isEmpty)
    }

    @Test func revisedValueIsOneChange() {
        let changes = Self.snapshot(Self.figure(150)).changes(since: Self.snapshot(Self.figure(148)))
        let revised = FigureChange(kind: .changed, record: Self.h20, old: Self.figure(148), new: Self.figure(150))
        #expect(changes == [revised])
    }

    @Test func estimateAddedToADisputedFieldIsAnAddition() {
        let old = Self.snapshot(Self.figure(148), Self.figure(140, source: "b"))
        let new = Self.snapshot(Self.figure(148), Self.figure(140, source: "b"), Self.figure(150, source: "c"))
        let added = FigureChange(kind: .added, record: Self.h20, new: Self.figure(150, source: "c"))
        #expect(new.changes(since: old) == [added])
    }

    @Test func estimatesPairBySourceBeforeOrder() {
        let old = Self.snapshot(Self.figure(148, source: "a"), Self.figure(140, source: "b"))
        let new = Self.snapshot(Self.figure(141, source: "b"), Self.figure(148, source: "a"))
        #expect(new.changes(since: old) == [
            FigureChange(
                kind: .changed, record: Self.h20, old: Self.figure(140, source: "b"), new: Self.figure(141, source: "b")
            ),
        ])
    }

    @Test func renamedSourceIsASourceChange() {
        let changes = Self.snapshot(Self.figure(148, source: "z")).changes(since: Self.snapshot(Self.figure(148)))
        #expect(changes.map(\.kind) == [.changed])
        #expect(changes.first?.new?.source == "z")
    }

    @Test func recordAddedHidesItsFigures() {
        let h200 = SnapshotRecord(key: .init(kind: .chip, id: "h200"), name: "H200")
        let added = SnapshotFigure(
            owner: h200.key, field: "memory_gb", label: "Memory", value: .number(141), unit: "GB", asOf: nil,
            source: "a", confidence: "medium"
        )
        let new = Self.snapshot(Self.figure(148), added, records: [Self.h20, h200])
        #expect(new.changes(since: Self.snapshot(Self.figure(148))) == [FigureChange(kind: .recordAdded, record: h200)])
    }

    @Test func labelAloneIsNoChange() {
        let relabelled = SnapshotFigure(
            owner: Self.h20.key, field: "fp16_tflops", label: "FP16", value: .number(148), unit: "TFLOPS", asOf: "2024",
            source: "a", confidence: "high"
        )
        #expect(Self.snapshot(relabelled).changes(since: Self.snapshot(Self.figure(148))).isEmpty)
    }

    @Test func snapshotsSurviveTheirCodableForm() throws {
        let snapshot = Self.snapshot(Self.figure(148.5))
        let data = try JSONEncoder().encode(snapshot)
        #expect(try JSONDecoder().decode(FigureSnapshot.self, from: data) == snapshot)
    }
}
