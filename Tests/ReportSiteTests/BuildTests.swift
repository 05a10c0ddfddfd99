import Foundation
import Testing
@testable import ReportSite

@Suite struct BuildTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/valid")

    @Test func validFixtureMatchesTheGoldenTree() throws {
        let project = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let report = try Site.build(BuildOptions(root: project))
        let built = tree(project.appendingPathComponent("site")).filter { $0.key != ".report-manifest.json" }
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: Self.golden)
            for (path, data) in built {
                let url = Self.golden.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
        }
        let expected = tree(Self.golden)
        #expect(built.keys.sorted() == expected.keys.sorted())
        for path in expected.keys.sorted() where built[path] != expected[path] {
            Issue.record("\(path) differs from Golden/valid/\(path); run RECORD_GOLDEN=1 swift test and review the diff")
        }
        #expect(report.pages == 10)
        #expect(report.files == built.count + 1)
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let project = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let first = project.appendingPathComponent("first"), second = project.appendingPathComponent("second")
        _ = try Site.build(BuildOptions(root: project, output: first))
        _ = try Site.build(BuildOptions(root: project, output: second))
        #expect(tree(first) == tree(second))
        #expect(!tree(first).isEmpty)
    }

    @Test func failedBuildLeavesThePreviousSiteUntouched() throws {
        let project = try Fixtures.project(overlay: "misspelt-vendor")
        defer { try? FileManager.default.removeItem(at: project) }
        let good = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: good) }
        let output = project.appendingPathComponent("site")
        _ = try Site.build(BuildOptions(root: good, output: output))
        let before = tree(output)
        let attributes = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent("index.html").path)
        #expect(throws: BuildFailure.self) { try Site.build(BuildOptions(root: project, output: output)) }
        #expect(tree(output) == before)
        let after = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent("index.html").path)
        #expect(attributes[.modificationDate] as? Date == after[.modificationDate] as? Date)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.path).filter { $0.hasPrefix(".site") }
        #expect(leftovers.isEmpty)
    }

    @Test func refusesToReplaceAFolderItDidNotCreate() throws {
        let project = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let output = project.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: output.appendingPathComponent("notes.txt"))
        #expect { try Site.build(BuildOptions(root: project)) } throws: { error in
            (error as? BuildFailure)?.kind == .other
        }
        #expect(tree(output) == ["notes.txt": Data("mine".utf8)])
    }

    @Test func missingDataFolderIsMissingInput() throws {
        let project = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: project) }
        try FileManager.default.removeItem(at: project.appendingPathComponent("Data"))
        #expect { try Site.check(BuildOptions(root: project)) } throws: { error in
            (error as? BuildFailure)?.kind == .missingInput
        }
    }

    @Test func dataThatIsAFileIsMissingInputNamingIt() throws {
        let project = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let data = project.appendingPathComponent("Data")
        try FileManager.default.removeItem(at: data)
        try Data("not a folder".utf8).write(to: data)
        #expect { try Site.check(BuildOptions(root: project)) } throws: { error in
            let failure = error as? BuildFailure
            return failure?.kind == .missingInput
                && failure?.messages == ["error: \(data.path) is a file, not a folder"]
        }
    }

    @Test func aRootThatDoesNotExistOrIsAFileIsMissingInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("root-\(UUID().uuidString)")
        #expect { try Site.check(BuildOptions(root: folder)) } throws: { error in
            (error as? BuildFailure)?.messages == ["error: no such folder: \(folder.path)"]
                && (error as? BuildFailure)?.kind == .missingInput
        }
        try Data("x".utf8).write(to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect { try Site.check(BuildOptions(root: folder)) } throws: { error in
            (error as? BuildFailure)?.messages == ["error: \(folder.path) is a file, not a project folder"]
                && (error as? BuildFailure)?.kind == .missingInput
        }
    }

    @Test(arguments: Fixtures.invalidNames)
    func invalidFixtureReportsEveryErrorWithItsPlace(_ name: String) throws {
        let project = try Fixtures.project(overlay: name)
        defer { try? FileManager.default.removeItem(at: project) }
        let expected = try Fixtures.expectedErrors(name).filter { !$0.hasSuffix("nothing was written.") }
        #expect(checkMessages(project) == expected)
        #expect(!expected.isEmpty)
    }
}

@Suite struct DefaultProjectTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theDefaultProjectChecksCleanAndPublishesEveryBriefing() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("default-site-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let report = try Site.build(BuildOptions(root: Self.root, output: output), incremental: false)
        #expect(report.warnings == [])
        let briefings = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("briefings").path)
        #expect(briefings.filter { $0.hasSuffix(".html") }.count == 6)
        #expect(briefings.filter { $0.hasSuffix(".md") }.count == 6)
        let charts = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("charts").path)
        #expect(charts.count >= 6)
    }
}
