import Foundation
import Testing
@testable import ReportSite

/// Incremental builds equal clean builds over 200 seeded sequences of random edits: after
/// every step the site on disk is compared byte for byte with a clean build made in memory.
/// Odd seeds build as `report serve` does (records and views kept between builds). The
/// timeline shows one event a page, so adding, removing and moving events shifts pages.
@Suite struct RandomIncrementalTests {
    @Test(arguments: 0..<200) func incrementalEqualsClean(seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed))
        let project = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let settings = project.appendingPathComponent("Data/site.yaml")
        try (String(contentsOf: settings, encoding: .utf8) + "page_size: 1\n").write(to: settings, atomically: true, encoding: .utf8)
        let originals = Self.inputs(project)
        var options = BuildOptions(root: project)
        if seed % 2 == 1 { options.keepRecordsBetweenBuilds() }
        _ = try Site.build(options)
        var applied: [String] = []
        while applied.count < 3 {
            let edit = ProjectEdit.allCases.randomElement(using: &random)!
            guard try edit.apply(to: project, originals: originals, using: &random) else { continue }
            applied.append(edit.rawValue)
            _ = try Site.build(options)
            let site = tree(options.output).filter { $0.key != ".report-site" }
            let clean = try Self.cleanBuild(options)
            #expect(site == clean, "seed \(seed): after \(applied.joined(separator: ", ")) the incremental site differs from a clean build in \(Self.differences(site, clean))")
            if site != clean { return }
        }
    }

    /// Every file of a clean build, made into a folder of its own and read back.
    static func cleanBuild(_ options: BuildOptions) throws -> [String: Data] {
        let inputs = try Inputs.load(options, lint: false)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clean-\(UUID().uuidString)")
        let staged = try StagedSite(path: folder.path)
        defer { staged.discard() }
        var engine = BuildEngine(site: inputs.site, previous: [:])
        engine.staged = staged
        _ = engine.run()
        return tree(folder)
    }

    static func inputs(_ project: URL) -> [String: String] {
        var texts: [String: String] = [:]
        for folder in ["Data", "Templates"] {
            for (path, data) in tree(project.appendingPathComponent(folder)) {
                texts[folder + "/" + path] = String(decoding: data, as: UTF8.self)
            }
        }
        return texts
    }

    static func differences(_ a: [String: Data], _ b: [String: Data]) -> [String] {
        Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
    }
}
