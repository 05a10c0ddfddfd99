import Foundation
import Testing
@testable import ReportModel

/// Loading Data/ from bytes by path (a commit's tree), and the `history` setting.
@Suite struct MemoryLoadingTests {
    static let chip = """
        - id: h20
          name: H20
          vendor: nvidia
          kind: gpu
          summary: S.
          specs:
            fp16_tflops: {value: 148, unit: TFLOPS, source: s1, confidence: high}

        """

    static func files(_ texts: [String: String]) -> [String: Data] {
        let base = [
            "site.yaml": LoadingTests.site, "sources.yaml": LoadingTests.sources, "vendors.yaml": LoadingTests.vendors,
            "chips.yaml": chip,
        ]
        return base.merging(texts) { _, new in new }.mapValues { Data($0.utf8) }
    }

    @Test func loadsFromMemoryAsFromAFolder() throws {
        let project = try Project.load(files: Self.files([:]))
        #expect(project.chip("h20")?[.fp16TFLOPS]?.figures.first?.number == 148)
        #expect(project.settings.history == SiteSettings.defaultHistory)
    }

    @Test func memoryLoadingKeepsWhatDecodesWhenARecordIsBroken() throws {
        let broken = Self.chip + "- id: bad\n  vendor: nvidia\n  kind: gpu\n"
        let project = try Project.load(files: Self.files(["chips.yaml": broken]))
        #expect(project.chips.map(\.id) == ["h20"])
    }

    @Test func historyLimitIsRead() throws {
        let project = try Project.load(files: Self.files(["site.yaml": LoadingTests.site + "history: 5\n"]))
        #expect(project.settings.history == 5)
    }

    @Test func historyLimitMustBeAWholeNumber() {
        let errors = LoadingTests.errors(chips: Self.chip, extra: ["site.yaml": LoadingTests.site + "history: many\n"])
        #expect(errors == ["Data/site.yaml:3:10: error: history must be a whole number of commits, 0 or more"])
    }

    @Test func pageSizeIsRead() throws {
        #expect(try Project.load(files: Self.files([:])).settings.pageSize == SiteSettings.defaultPageSize)
        let project = try Project.load(files: Self.files(["site.yaml": LoadingTests.site + "page_size: 25\n"]))
        #expect(project.settings.pageSize == 25)
    }

    @Test func pageSizeMustBeAWholeNumberFromOne() {
        for bad in ["0", "-3", "ten", "2.5"] {
            let errors = LoadingTests.errors(chips: Self.chip, extra: ["site.yaml": LoadingTests.site + "page_size: \(bad)\n"])
            #expect(errors == ["Data/site.yaml:3:12: error: page_size must be a whole number from 1 to 100000"], "\(bad)")
        }
    }
}
