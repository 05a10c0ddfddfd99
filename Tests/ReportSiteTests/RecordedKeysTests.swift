import Foundation
import ReportModel
import Testing
@testable import ReportSite

/// A page depends on what its templates were seen to read, and on nothing else.
@Suite struct RecordedKeysTests {
    /// The keys recorded while rendering a briefing whose body is `body`.
    static func keys(briefing body: String) throws -> Set<DependencyKey> {
        let project = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let text = "---\ntitle: Probe\ndate: 2025-07-15\nsummary: A probe.\n---\n" + body + "\n"
        try text.write(to: project.appendingPathComponent("Templates/briefings/probe.md.mustache"), atomically: true, encoding: .utf8)
        let inputs = try Inputs.load(BuildOptions(root: project), lint: false)
        let page = try #require(inputs.site.briefings.first { $0.path == "briefings/probe" })
        let recorder = DependencyRecorder()
        _ = try inputs.site.renderer.render(page, recorder: recorder)
        return recorder.recorded
    }

    static let h20 = DependencyKey.record(RecordKey(.chip, "h20"))
    static let h100 = DependencyKey.record(RecordKey(.chip, "h100"))

    @Test func readingOneChipsFigureDependsOnThatChipAlone() throws {
        let keys = try Self.keys(briefing: "{{chip.h20.specs.memory_gb.text}}")
        #expect(keys.contains(Self.h20))
        #expect(!keys.contains(Self.h100))
        #expect(!keys.contains(.all(.chip)))
        #expect(keys.contains(.template("briefings/probe.md")))
        #expect(keys.contains(.template("layouts/page.html")))
    }

    @Test func aChipsViewDependsOnItsVendorAndTheReferenceChip() throws {
        let keys = try Self.keys(briefing: "{{chip.h100.name}}")
        #expect(keys.contains(Self.h100))
        #expect(keys.contains(Self.h20), "ratios compare every chip with the reference chip")
        #expect(keys.contains(.record(RecordKey(.vendor, "nvidia"))))
        #expect(!keys.contains(.record(RecordKey(.vendor, "huawei"))))
    }

    @Test func aPageListingEveryChipDependsOnEveryChip() throws {
        let keys = try Self.keys(briefing: "{{#chips}}{{name}} {{/chips}}")
        #expect(keys.contains(.all(.chip)))
        #expect(keys.contains(Self.h20) && keys.contains(Self.h100))
    }

    @Test func citingASourceDependsOnIt() throws {
        let keys = try Self.keys(briefing: "Said so[^lockwood-h100].")
        #expect(keys.contains(.record(RecordKey(.source, "lockwood-h100"))))
        #expect(!keys.contains(.record(RecordKey(.source, "awesomeagents-910c"))))
    }

    @Test func aChartDependsOnlyWhenPlaced() throws {
        let placed = try Self.keys(briefing: "{{{chart.fp16-by-chip.md}}}")
        #expect(placed.contains(.chart("fp16-by-chip")))
        #expect(!placed.contains(.chart("ascend-910c-memory")))
        #expect(!(try Self.keys(briefing: "Nothing.")).contains(where: { if case .chart = $0 { true } else { false } }))
    }

    @Test func anUnknownCitationIsAnErrorWhereTheTemplateWritesIt() throws {
        #expect {
            _ = try Self.keys(briefing: "Line one.\nSaid so[^no-such-source].")
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.map(\.description) == [
                "Templates/briefings/probe.md.mustache:7:8: error: unknown source 'no-such-source' in a footnote",
            ]
        }
    }
}
