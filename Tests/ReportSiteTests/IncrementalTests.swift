import Foundation
import Testing
@testable import ReportSite

@Suite struct IncrementalTests {
    /// Edits a file of the project in place.
    static func edit(_ project: URL, _ path: String, _ change: (String) -> String) throws {
        let url = project.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = change(text)
        #expect(changed != text, "the edit of \(path) changed nothing")
        try changed.write(to: url, atomically: true, encoding: .utf8)
    }

    /// The site without our bookkeeping files, which hold timestamps.
    static func content(_ site: URL) -> [String: Data] {
        tree(site).filter { !$0.key.hasPrefix(".") }
    }

    static func modificationDate(_ url: URL) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
    }

    static let newChip = """
        - id: mlu370-x8
          name: MLU370-X8
          vendor: huawei
          kind: accelerator
          summary: A chip added and removed by the incremental test.
          specs:
            memory_gb:
              value: 48
              unit: GB
              as_of: 2022
              source: awesomeagents-910c
              confidence: low
        """

    @Test func incrementalBuildsEqualCleanBuildsOverASequenceOfEdits() throws {
        let project = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let site = project.appendingPathComponent("site")
        _ = try Site.build(BuildOptions(root: project))
        let steps: [(String, () throws -> Void)] = [
            ("change one chip's figure", { try Self.edit(project, "Data/chips.yaml") { $0.replacingOccurrences(of: "value: 989.4", with: "value: 989.5") } }),
            ("change a briefing's body", { try Self.edit(project, "Templates/briefings/h20-in-brief.md.mustache") { $0 + "\nOne more line.\n" } }),
            ("add a chip", { try Self.edit(project, "Data/chips.yaml") { $0 + Self.newChip + "\n" } }),
            ("change a partial-free page template", { try Self.edit(project, "Templates/pages/chip.md.mustache") { $0.replacingOccurrences(of: "## Specifications", with: "## Specs") } }),
            ("delete the added chip", { try Self.edit(project, "Data/chips.yaml") { $0.replacingOccurrences(of: Self.newChip + "\n", with: "") } }),
            ("change a source's title", { try Self.edit(project, "Data/sources.yaml") { $0.replacingOccurrences(of: "title: H100 (processor notes)", with: "title: H100 notes") } }),
            ("change the stylesheet", { try Self.edit(project, "Templates/assets/style.css") { $0 + "\n/* edited */\n" } }),
            ("change the site's title", { try Self.edit(project, "Data/site.yaml") { $0.replacingOccurrences(of: "title: Fixture briefings", with: "title: Fixture") } }),
            ("change a series point", { try Self.edit(project, "Data/series/fixture-series.csv") { $0.replacingOccurrences(of: ",5.5,", with: ",5.6,") } }),
        ]
        for (name, step) in steps {
            try step()
            let report = try Site.build(BuildOptions(root: project))
            let clean = project.appendingPathComponent("clean")
            try? FileManager.default.removeItem(at: clean)
            _ = try Site.build(BuildOptions(root: project, output: clean), incremental: false)
            #expect(Self.content(site) == Self.content(clean), "after '\(name)' the incremental site differs from a clean build")
            #expect(report.rendered < report.pages || name == "change the site's title", "'\(name)' re-rendered every page")
        }
    }

    @Test func editingOneFigureRewritesOnlyWhatShowsIt() throws {
        let project = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let site = project.appendingPathComponent("site")
        _ = try Site.build(BuildOptions(root: project))
        let untouched = ["chips/ascend-910c.html", "chips/h20.md", "vendors/huawei.html", "charts/ascend-910c-memory.svg", "assets/style.css"]
        let before = try untouched.map { try Self.modificationDate(site.appendingPathComponent($0)) }
        try Self.edit(project, "Data/chips.yaml") { $0.replacingOccurrences(of: "value: 989.4", with: "value: 990") }
        let report = try Site.build(BuildOptions(root: project))
        let after = try untouched.map { try Self.modificationDate(site.appendingPathComponent($0)) }
        #expect(before == after)
        let h100 = try String(contentsOf: site.appendingPathComponent("chips/h100.md"), encoding: .utf8)
        #expect(h100.contains("990 TFLOPS"))
        #expect(report.rendered < report.pages)
        #expect(report.written >= 2)
    }

    @Test func noOpRebuildWritesNothing() throws {
        let project = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: project) }
        _ = try Site.build(BuildOptions(root: project))
        let before = tree(project.appendingPathComponent("site"))
        let report = try Site.build(BuildOptions(root: project))
        #expect(report.rendered == 0)
        #expect(report.written == 0)
        #expect(tree(project.appendingPathComponent("site")) == before)
    }

    @Test func deletedOutputFileIsWrittenAgain() throws {
        let project = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let site = project.appendingPathComponent("site")
        _ = try Site.build(BuildOptions(root: project))
        let page = site.appendingPathComponent("chips/h20.html")
        let bytes = try Data(contentsOf: page)
        try FileManager.default.removeItem(at: page)
        _ = try Site.build(BuildOptions(root: project))
        #expect(try Data(contentsOf: page) == bytes)
    }
}
