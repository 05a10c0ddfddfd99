import Foundation
import Testing
@testable import ReportModel

/// Input that is broken or built to hurt: each file is refused at its place, quickly, and alone.
@Suite struct HostileDataTests {
    /// The errors of loading the minimal project of `LoadingTests` with `files` laid over it
    /// (raw bytes, so invalid UTF-8 can be written).
    static func errors(_ files: [String: [UInt8]]) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = [
            "site.yaml": LoadingTests.site, "sources.yaml": LoadingTests.sources, "vendors.yaml": LoadingTests.vendors,
            "chips.yaml": "- { id: h20, name: H20, vendor: nvidia, kind: gpu }\n",
        ].mapValues { Array($0.utf8) }
        for (name, bytes) in base.merging(files, uniquingKeysWith: { _, new in new }) {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        do {
            _ = try Project.load(from: folder)
            return []
        } catch let error as DiagnosticError {
            return error.errors.map(\.description)
        }
    }

    static let chip = "- id: h20\n  name: H20\n  vendor: nvidia\n  kind: gpu\n  specs:\n    fp16_tflops: "

    @Test(arguments: ["nan", "NaN", "inf", "-infinity", "1e999"])
    func refusesNonFiniteValuesWhereTheyAre(_ value: String) throws {
        let chips = Self.chip + "{ value: \(value), unit: TFLOPS, source: s1, confidence: high }\n"
        let errors = try Self.errors(["chips.yaml": Array(chips.utf8)])
        #expect(errors == [
            "Data/chips.yaml:6:27: error: '\(value)' is not a finite number; a figure in TFLOPS needs a numeric value",
        ])
    }

    @Test func refusesNonFiniteValuesInASeries() throws {
        let series = "- { id: s, title: S, subject: nvidia, unit: USD billion, file: s.csv }\n"
        let csv = "period,as_of,value,source,confidence,excerpt,note\nQ1,2025-Q1,nan,s1,high,,\n"
        let errors = try Self.errors(["series.yaml": Array(series.utf8), "s.csv": Array(csv.utf8)])
        #expect(errors == [
            "Data/s.csv:2:12: error: 'nan' is not a finite number",
        ])
    }

    /// About 150 bytes that Yams would expand into 9^7 nodes and hash as one key.
    static let aliasBomb = """
        a: &a [x, x, x, x, x, x, x, x, x]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        ? [*c, *c, *c, *c, *c, *c, *c, *c, *c]
        : 1
        """

    @Test func refusesAnchorsAndAliasesBeforeComposing() throws {
        let errors = try Self.errors(["events.yaml": Array(Self.aliasBomb.utf8)])
        #expect(errors.contains(
            "Data/events.yaml:1:4: error: anchor '&a' is not allowed in Data/; write the value out where it is used"))
        #expect(errors.contains(
            "Data/events.yaml:2:8: error: alias '*a' is not allowed in Data/; write the value out in full"))
        #expect(errors.count == EventScan.limit + 1)
        #expect(errors.allSatisfy { $0.hasPrefix("Data/events.yaml:") })
    }

    @Test func aTextWithAnAmpersandOrAsteriskIsNotAnAlias() throws {
        let chips = "- { id: h20, name: \"R&D *draft*\", vendor: nvidia, kind: gpu, summary: R&D *x* & y }\n"
        let errors = try Self.errors(["chips.yaml": Array(chips.utf8)])
        #expect(errors == [])
    }

    @Test func refusesAFileOverTheLimitWithoutReadingIt() throws {
        let big = [UInt8](repeating: UInt8(ascii: "#"), count: InputFile.maximumSize + 1)
        let errors = try Self.errors(["events.yaml": big])
        #expect(errors == [
            "Data/events.yaml:1:1: error: the file is 16 MB; files in Data/ are limited to 16 MB each "
                + "(split it, or move the bulk to a series CSV)",
        ])
    }

    @Test(arguments: ["", "# only a comment\n", "\n\n   \n"])
    func anEmptySiteFileSaysSo(_ text: String) throws {
        let errors = try Self.errors(["site.yaml": Array(text.utf8)])
        #expect(errors == [
            "Data/site.yaml:1:1: error: site.yaml is empty; it needs at least 'title' and 'reference_chip' "
                + "(see docs/DATA.md)",
        ])
    }

    @Test(arguments: ["sources", "vendors", "chips"])
    func anEmptyListFileIsOneErrorThere(_ kind: String) throws {
        let chips = Self.chip + "{ value: 1, unit: TFLOPS, source: s1, confidence: high }\n"
        let files = ["chips.yaml": Array(chips.utf8)].merging(["\(kind).yaml": Array("# nothing yet\n".utf8)]) { $1 }
        let errors = try Self.errors(files)
        #expect(errors == [
            "Data/\(kind).yaml:1:1: error: \(kind).yaml is empty; it needs a list of \(kind) (see docs/DATA.md)",
        ])
    }

    @Test func aFileThatIsNotUTF8IsReportedAtItsFirstBadByte() throws {
        let vendors = Array("- id: nvidia\n  name: Nvé".utf8) + [0xFF] + Array("dia\n".utf8)
        let errors = try Self.errors(["vendors.yaml": vendors])
        #expect(errors == [
            "Data/vendors.yaml:2:12: error: the file is not UTF-8: byte 0xFF does not belong to a valid character "
                + "(save the file as UTF-8)",
        ])
    }

    @Test(arguments: [(UInt8(0x00), "U+0000 (NUL)"), (0x1B, "U+001B (ESC)")])
    func controlCharactersAreReportedWhereTheyAre(_ byte: UInt8, _ name: String) throws {
        let vendors = Array("- id: nvidia\n  name: Nvé".utf8) + [byte] + Array("dia\n".utf8)
        let errors = try Self.errors(["vendors.yaml": vendors])
        #expect(errors == [
            "Data/vendors.yaml:2:12: error: control character \(name) is not allowed here",
        ])
    }

    @Test func aMissingFileIsStillMissing() throws {
        #expect(InputFile.read(URL(fileURLWithPath: "/nonexistent/x.yaml")) == .missing)
    }
}
