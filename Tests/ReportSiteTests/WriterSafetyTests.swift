import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ReportModel
import Synchronization
import Testing
@testable import ReportSite

/// The writer and the state never reach outside the output, and every input change is seen.
@Suite struct WriterSafetyTests {
    @Test(arguments: [false, true]) func stateFilesCannotMakeABuildWriteOrDeleteOutsideTheSite(spare: Bool) throws {
        let project = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let options = BuildOptions(root: project)
        _ = try Site.build(options)
        if spare {
            // Two more builds, so the next one stages from a spare.
            try IncrementalTests.edit(project, "Data/chips.yaml") { $0.replacingOccurrences(of: "value: 989.4", with: "value: 989.5") }
            _ = try Site.build(options)
            try IncrementalTests.edit(project, "Data/chips.yaml") { $0.replacingOccurrences(of: "value: 989.5", with: "value: 989.4") }
            _ = try Site.build(options)
            #expect(FileManager.default.fileExists(atPath: SiteWriter(output: options.output).spare))
        }
        let victim = project.appendingPathComponent("victim.txt")
        try Data("keep me".utf8).write(to: victim)
        let writer = SiteWriter(output: options.output)
        let state = StateFolder(output: options.output)
        let build = try #require(writer.publishedBuild())
        var outputs = try #require(state.readOutputs(build: build)).outputs
        outputs["page:index"]?.files["../../victim.txt"] = 1
        outputs["page:index"]?.files["../victim.txt"] = 1
        outputs["page:index"]?.files["../../outside-made/x.html"] = 1
        try state.writeOutputs(BuildState(outputs: outputs), build: build)
        try IncrementalTests.edit(project, "Data/chips.yaml") { $0.replacingOccurrences(of: "value: 989.4", with: "value: 990") }
        _ = try Site.build(options)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me")
        #expect(tree(options.output)["index.html"] != nil)
        #expect(!FileManager.default.fileExists(atPath: options.output.appendingPathComponent("victim.txt").path))
        #expect(!FileManager.default.fileExists(atPath: project.deletingLastPathComponent().appendingPathComponent("outside-made").path))
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("outside-made").path))
    }

    static func expectClean(_ options: BuildOptions, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let site = tree(options.output).filter { $0.key != ".report-site" }
        let clean = try RandomIncrementalTests.cleanBuild(options)
        #expect(site == clean, "differs in \(RandomIncrementalTests.differences(site, clean))", sourceLocation: sourceLocation)
    }

    /// Three builds: the third stages from the spare the second left.
    static func projectWithSpare() throws -> (URL, BuildOptions) {
        let project = try Fixtures.project()
        let options = BuildOptions(root: project)
        _ = try Site.build(options)
        try IncrementalTests.edit(project, "Data/chips.yaml") { $0.replacingOccurrences(of: "value: 989.4", with: "value: 989.5") }
        _ = try Site.build(options)
        return (project, options)
    }

    @Test func aSpareThatIsASymbolicLinkIsNotFollowed() throws {
        let (project, options) = try Self.projectWithSpare()
        defer { try? FileManager.default.removeItem(at: project) }
        let spare = SiteWriter(output: options.output).spare
        let elsewhere = project.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere.appendingPathComponent("chips"), withIntermediateDirectories: true)
        try Data("precious".utf8).write(to: elsewhere.appendingPathComponent("precious.txt"))
        try FileManager.default.removeItem(atPath: spare)
        try FileManager.default.createSymbolicLink(atPath: spare, withDestinationPath: elsewhere.path)
        try IncrementalTests.edit(project, "Data/chips.yaml") { $0.replacingOccurrences(of: "value: 989.5", with: "value: 989.6") }
        _ = try Site.build(options)
        #expect(tree(elsewhere).keys.sorted() == ["precious.txt"])
        #expect(tree(options.output).filter { $0.key != ".report-site" } == (try RandomIncrementalTests.cleanBuild(options)))
        // The same with the output itself as the link's target.
        try? FileManager.default.removeItem(atPath: spare)
        try FileManager.default.createSymbolicLink(atPath: spare, withDestinationPath: options.output.path)
        let published = tree(options.output)
        try IncrementalTests.edit(project, "Data/chips.yaml") { $0.replacingOccurrences(of: "value: 989.6", with: "value: 989.7") }
        let staging = try SiteWriter(output: options.output).stage(mirroring: Array(published.keys.filter { $0 != ".report-site" }))
        #expect(!staging.mirrored)
        staging.discard()
        #expect(tree(options.output) == published)
        _ = try Site.build(options)
        #expect(tree(options.output).filter { $0.key != ".report-site" } == (try RandomIncrementalTests.cleanBuild(options)))
    }

    @Test func aFileThatBecomesAFolderAndBackBuildsFromTheSpare() throws {
        let (project, options) = try Self.projectWithSpare()
        defer { try? FileManager.default.removeItem(at: project) }
        let assets = project.appendingPathComponent("Templates/assets")
        try Data("a file".utf8).write(to: assets.appendingPathComponent("extra"))
        _ = try Site.build(options)
        _ = try Site.build(options)
        // extra was a file in the site and the spare; now it is a folder, then a file again.
        try FileManager.default.removeItem(at: assets.appendingPathComponent("extra"))
        try FileManager.default.createDirectory(at: assets.appendingPathComponent("extra"), withIntermediateDirectories: true)
        try Data("inside".utf8).write(to: assets.appendingPathComponent("extra/inside.css"))
        _ = try Site.build(options)
        try Self.expectClean(options)
        try FileManager.default.removeItem(at: assets.appendingPathComponent("extra"))
        try Data("a file again".utf8).write(to: assets.appendingPathComponent("extra"))
        _ = try Site.build(options)
        try Self.expectClean(options)
        _ = try Site.build(options)
        try Self.expectClean(options)
    }

    @Test(arguments: ["Templates/assets/out", "Data/out", "Templates", "."])
    func anOutputInsideTheInputsIsRefused(output: String) throws {
        let project = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let options = BuildOptions(root: project, output: project.appendingPathComponent(output))
        #expect { try Site.build(options) } throws: { ($0 as? BuildFailure)?.kind == .other }
    }

    @Test func aSpareInAnyStateStagesTheExactSiteAndNeverTouchesThePublishedOne() throws {
        let project = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let options = BuildOptions(root: project)
        let chips = project.appendingPathComponent("Data/chips.yaml")
        let text = try String(contentsOf: chips, encoding: .utf8)
        _ = try Site.build(options)
        try text.replacingOccurrences(of: "value: 989.4", with: "value: 990").write(to: chips, atomically: true, encoding: .utf8)
        _ = try Site.build(options)
        let spare = URL(fileURLWithPath: SiteWriter(output: options.output).spare)
        let published = tree(options.output)
        // The spare is the site before: it still says 989.4.
        #expect(String(decoding: try Data(contentsOf: spare.appendingPathComponent("chips/h100.html")), as: UTF8.self).contains("989.4"))
        // Spoil it every way: a stray file and folder, a file gone, a file replaced, a marker.
        try Data("stray".utf8).write(to: spare.appendingPathComponent("stray.html"))
        try FileManager.default.createDirectory(at: spare.appendingPathComponent("stray/deeper"), withIntermediateDirectories: true)
        try FileManager.default.removeItem(at: spare.appendingPathComponent("index.html"))
        try FileManager.default.removeItem(at: spare.appendingPathComponent("compare.html"))
        try Data("replaced".utf8).write(to: spare.appendingPathComponent("compare.html"))
        try text.replacingOccurrences(of: "value: 989.4", with: "value: 991").write(to: chips, atomically: true, encoding: .utf8)
        _ = try Site.build(options)
        let site = tree(options.output).filter { $0.key != ".report-site" }
        #expect(site == (try RandomIncrementalTests.cleanBuild(options)))
        // The site that was published is now the spare, byte for byte as it was.
        let shelved = tree(spare).filter { $0.key != ".report-site" }
        #expect(shelved == published.filter { $0.key != ".report-site" })
    }

    @Test func anEditMadeDuringABuildIsBuiltByTheNext() throws {
        let project = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: project) }
        _ = try Site.build(BuildOptions(root: project))
        try IncrementalTests.edit(project, "Data/chips.yaml") { $0.replacingOccurrences(of: "value: 989.4", with: "value: 990") }
        let edited = Mutex(false)
        let options = BuildOptions(root: project) { _, _ in
            guard edited.withLock({ done in defer { done = true }; return !done }) else { return }
            try? IncrementalTests.edit(project, "Data/chips.yaml") { $0.replacingOccurrences(of: "value: 990", with: "value: 991") }
        }
        let during = try Site.build(options)
        #expect(during.notes.contains { $0.contains("changed while the site was being built") })
        let after = try Site.build(BuildOptions(root: project))
        #expect(after.rendered > 0, "the edit made during the build was lost")
        let h100 = try String(contentsOf: project.appendingPathComponent("site/chips/h100.md"), encoding: .utf8)
        #expect(h100.contains("991 TFLOPS"))
    }

    @Test func aKeptFileRemovedDuringABuildMakesEverythingAgain() throws {
        let project = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let first = try Site.build(BuildOptions(root: project))
        try IncrementalTests.edit(project, "Data/chips.yaml") { $0.replacingOccurrences(of: "value: 989.4", with: "value: 990") }
        let kept = project.appendingPathComponent("site/vendors/huawei.html")
        #expect(FileManager.default.fileExists(atPath: kept.path))
        // While the pages are made, a file the build means to keep goes away.
        let options = BuildOptions(root: project) { _, _ in try? FileManager.default.removeItem(at: kept) }
        let report = try Site.build(options)
        #expect(report.rendered == first.rendered, "the build did not make everything again")
        #expect(FileManager.default.fileExists(atPath: kept.path))
        let site = tree(project.appendingPathComponent("site")).filter { $0.key != ".report-site" }
        #expect(site == (try RandomIncrementalTests.cleanBuild(BuildOptions(root: project))))
    }

    @Test func anEditThatKeepsSizeAndModificationTimeIsSeen() throws {
        let project = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: project) }
        _ = try Site.build(BuildOptions(root: project))
        let chips = project.appendingPathComponent("Data/chips.yaml")
        let modified = try #require(try FileManager.default.attributesOfItem(atPath: chips.path)[.modificationDate] as? Date)
        try IncrementalTests.edit(project, "Data/chips.yaml") { $0.replacingOccurrences(of: "value: 989.4", with: "value: 989.5") }
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: chips.path)
        let report = try Site.build(BuildOptions(root: project))
        #expect(report.rendered > 0)
    }

    @Test func aSymlinkedInputIsFollowedAndOneOutsideTheProjectRefused() throws {
        let project = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let chips = project.appendingPathComponent("Data/chips.yaml")
        let target = project.appendingPathComponent("elsewhere.yaml")
        try FileManager.default.moveItem(at: chips, to: target)
        try FileManager.default.createSymbolicLink(at: chips, withDestinationURL: target)
        _ = try Site.build(BuildOptions(root: project))
        let text = try String(contentsOf: target, encoding: .utf8)
        try text.replacingOccurrences(of: "value: 989.4", with: "value: 990").write(to: target, atomically: false, encoding: .utf8)
        #expect(try Site.build(BuildOptions(root: project)).rendered > 0, "an edit of a symlinked file's target was missed")
        let h100 = try String(contentsOf: project.appendingPathComponent("site/chips/h100.md"), encoding: .utf8)
        #expect(h100.contains("990 TFLOPS"))

        let outside = project.appendingPathComponent("Templates/assets/passwd")
        try FileManager.default.createSymbolicLink(atPath: outside.path, withDestinationPath: "/etc/passwd")
        #expect { try Site.build(BuildOptions(root: project)) } throws: { error in
            (error as? BuildFailure)?.messages == [
                "Templates/assets/passwd:1:1: error: this symbolic link points outside the project; copy the file in instead",
            ]
        }
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("site/assets/passwd").path))
    }
}

@Suite struct AllProblemsAtOnceTests {
    @Test func templateSyntaxErrorsAreReportedWithDataErrors() throws {
        let project = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: project) }
        try IncrementalTests.edit(project, "Data/chips.yaml") { $0.replacingOccurrences(of: "vendor: huawei", with: "vendor: huawie") }
        try IncrementalTests.edit(project, "Templates/pages/chip.md.mustache") { $0 + "\n{{#never_closed}}\n" }
        let messages = checkMessages(project)
        #expect(messages.contains { $0.hasPrefix("Data/chips.yaml:") && $0.contains("unknown vendor 'huawie'") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("Templates/pages/chip.md.mustache:") }, "\(messages)")
    }
}

@Suite struct SitemapTests {
    @Test func sitemapListsEveryPageUnderTheBaseURL() throws {
        let project = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: project) }
        try IncrementalTests.edit(project, "Data/site.yaml") { $0 + "base_url: https://example.org/briefings\n" }
        let report = try Site.build(BuildOptions(root: project))
        let site = tree(project.appendingPathComponent("site"))
        let sitemap = String(decoding: try #require(site["sitemap.xml"]), as: UTF8.self)
        #expect(XMLParser(data: Data(sitemap.utf8)).parse())
        let pages = site.keys.filter { $0.hasSuffix(".html") && $0 != "404.html" }.sorted()
        #expect(!pages.isEmpty)
        for page in pages {
            #expect(sitemap.contains("<loc>https://example.org/briefings/\(page)</loc>"), "\(page) is not in the sitemap")
        }
        #expect(!report.notes.contains { $0.contains("sitemap") })
    }

    @Test func withoutABaseURLThereIsNoSitemapAndTheBuildSaysWhy() throws {
        let project = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let report = try Site.build(BuildOptions(root: project))
        #expect(tree(project.appendingPathComponent("site"))["sitemap.xml"] == nil)
        #expect(report.notes.contains("changes.xml, sitemap.xml skipped: site.yaml sets no base_url"))
    }
}
