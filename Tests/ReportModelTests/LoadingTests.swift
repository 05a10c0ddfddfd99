import Foundation
import Testing
@testable import ReportModel

/// Decoding a small Data/ folder written inline; one behaviour a test.
@Suite struct LoadingTests {
    static let site = "title: T\nreference_chip: h20\n"
    static let sources = "- id: s1\n  title: A source\n  publisher: Wire\n  date: 2025-04-15\n  url: https://example.com/a\n"
    static let vendors = "- id: nvidia\n  name: Nvidia\n"

    static func load(chips: String, extra: [String: String] = [:]) throws -> Project {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("model-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = ["site.yaml": site, "sources.yaml": sources, "vendors.yaml": vendors, "chips.yaml": chips].merging(extra) { _, new in new }
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return try Project.load(from: folder)
    }

    static func errors(chips: String, extra: [String: String] = [:]) -> [String] {
        do {
            _ = try load(chips: chips, extra: extra)
            return []
        } catch let error as DiagnosticError {
            return error.errors.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func decodesAFigureWithEverything() throws {
        let project = try Self.load(chips: """
            - id: h20
              name: H20
              vendor: nvidia
              kind: gpu
              specs:
                fp16_tflops: { value: 148, unit: TFLOPS, as_of: 2024, source: s1, excerpt: "148 TFLOPS", confidence: high, note: Dense., fact: SPEC-H20-01 }
                int8_tops: unknown
            """)
        let figure = try #require(project.chip("h20")?[.fp16TFLOPS]?.figures.first)
        #expect(figure.number == 148)
        #expect(figure.unit == Unit(.tflops))
        #expect(figure.asOf?.description == "2024")
        #expect(figure.source == "s1")
        #expect(figure.fact == "SPEC-H20-01")
        #expect(figure.location.description == "Data/chips.yaml:6:18")
        guard case .unknown = try #require(project.chip("h20")?[.int8TOPS]) else { Issue.record("int8_tops should be unknown"); return }
    }

    @Test func keepsDisagreeingEstimatesWithTheirSources() throws {
        let project = try Self.load(chips: """
            - id: h20
              name: H20
              vendor: nvidia
              kind: gpu
              specs:
                memory_gb:
                  - { value: 96, unit: GB, source: s1, confidence: high }
                  - { value: 141, unit: GB, source: s1, confidence: low }
            """)
        let field = try #require(project.chip("h20")?[.memoryGB])
        #expect(field.isDisputed)
        #expect(field.numericRange == 96...141)
    }

    @Test func misspeltVendorNamesTheNearestId() {
        #expect(Self.errors(chips: "- id: h20\n  name: H20\n  vendor: nvidai\n  kind: gpu\n") == [
            "Data/chips.yaml:3:11: error: unknown vendor 'nvidai' (did you mean 'nvidia'?)",
        ])
    }

    @Test func wrongTypesAndUnitsAreLocated() {
        #expect(Self.errors(chips: """
            - id: h20
              name: H20
              vendor: nvidia
              kind: gpu
              specs:
                fp16_tflops: { value: lots, unit: TFLOPS, source: s1, confidence: high }
                memory_gb: { value: 96, unit: TFLOPS, source: s1, confidence: high }
                tdp_w: { value: 400, unit: W, source: s1, confidence: certain }
            """) == [
            "Data/chips.yaml:6:27: error: 'lots' is not a number; a figure in TFLOPS needs a numeric value",
            "Data/chips.yaml:7:35: error: unit 'TFLOPS' does not fit 'memory_gb'; expected GB, TB",
            "Data/chips.yaml:8:59: error: confidence must be high, medium or low",
        ])
    }

    @Test func aFigureWithoutASourceIsAnError() {
        #expect(Self.errors(chips: "- id: h20\n  name: H20\n  vendor: nvidia\n  kind: gpu\n  specs:\n    tdp_w: { value: 400, unit: W, confidence: high }\n") == [
            "Data/chips.yaml:6:12: error: figure 'tdp_w' is missing required key 'source'",
        ])
    }

    @Test func unknownKeysAreCaughtWithASuggestion() {
        #expect(Self.errors(chips: "- id: h20\n  name: H20\n  vendor: nvidia\n  kind: gpu\n  summmary: x\n") == [
            "Data/chips.yaml:5:3: error: unknown key 'summmary' in a chip (did you mean 'summary'?)",
        ])
    }

    @Test func excerptsMustBeFoundInTheArchivedText() {
        let sources = Self.sources + "- id: s2\n  title: Archived\n  publisher: Wire\n  archive: archive/s2.txt\n"
        let errors = Self.errors(chips: """
            - id: h20
              name: H20
              vendor: nvidia
              kind: gpu
              specs:
                tdp_w: { value: 400, unit: W, source: s2, confidence: high, excerpt: "400 W" }
                memory_gb: { value: 96, unit: GB, source: s2, confidence: high, excerpt: "96   GB\\nof memory" }
            """, extra: ["sources.yaml": sources, "archive/s2.txt": "The H20 has 96 GB\nof memory.\n"])
        #expect(errors == ["Data/chips.yaml:6:74: error: excerpt not found in the archived text of source 's2'"])
    }

    @Test func aBrokenFileDoesNotAlsoBreakEveryReferenceToIt() {
        let chips = "- id: h20\n  name: H20\n  vendor: nvidia\n  kind: gpu\n   bad: indentation\n"
        let charts = "- id: c\n  kind: ranked-bars\n  title: T\n  field: fp16_tflops\n  chips: [h20, h100]\n"
        #expect(Self.errors(chips: chips, extra: ["charts.yaml": charts]) == [
            "Data/chips.yaml:5:7: error: invalid YAML: mapping values are not allowed in this context",
        ])
    }

    @Test func anUncitedSourceIsAWarning() throws {
        let project = try Self.load(chips: "- id: h20\n  name: H20\n  vendor: nvidia\n  kind: gpu\n")
        #expect(project.warnings.map(\.description) == ["Data/sources.yaml:1:3: warning: source 's1' is cited by no figure"])
    }
}
