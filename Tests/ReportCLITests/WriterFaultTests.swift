import Foundation
import Testing

/// Stops `report build` at every file operation of its writer (SIGKILL, or a disk that fills
/// up) and checks that the output is always a complete site: the previous one or the new one.
@Suite struct WriterFaultTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/valid")

    /// Every file under `folder` with its bytes.
    static func tree(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in FileManager.default.subpaths(atPath: folder.path) ?? [] {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            files[path] = FileManager.default.contents(atPath: url.path)
        }
        return files
    }

    /// A project with a built site (the old one) and an edit waiting, and the site the edit gives.
    struct Scenario {
        let template: URL
        let old: [String: Data]
        let new: [String: Data]

        /// `spare`: two builds before (a stylesheet changed and restored), so the next build
        /// stages from the spare the second left, which differs from the site in one file.
        init(firstBuild: Bool, spare: Bool = false) throws {
            template = FileManager.default.temporaryDirectory.appendingPathComponent("faults-\(UUID().uuidString)")
            let project = template.appendingPathComponent("p")
            try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
            for name in ["Data", "Templates"] {
                try FileManager.default.copyItem(at: fixture.appendingPathComponent(name), to: project.appendingPathComponent(name))
            }
            if !firstBuild { #expect(try Subprocess.report(["build", "--root", project.path]).status == 0) }
            if spare {
                let style = project.appendingPathComponent("Templates/assets/style.css")
                let original = try Data(contentsOf: style)
                try (original + Data("\n/* changed */\n".utf8)).write(to: style)
                #expect(try Subprocess.report(["build", "--root", project.path]).status == 0)
                try original.write(to: style)
                #expect(try Subprocess.report(["build", "--root", project.path]).status == 0)
                #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent(".report/site/spare/index.html").path))
            }
            old = WriterFaultTests.tree(project.appendingPathComponent("site"))
            let chips = project.appendingPathComponent("Data/chips.yaml")
            let text = try String(contentsOf: chips, encoding: .utf8)
            try text.replacingOccurrences(of: "value: 989.4", with: "value: 990").write(to: chips, atomically: true, encoding: .utf8)
            let reference = template.appendingPathComponent("reference")
            try FileManager.default.copyItem(at: project, to: reference)
            try? FileManager.default.removeItem(at: reference.appendingPathComponent("site"))
            #expect(try Subprocess.report(["build", "--root", reference.path]).status == 0)
            new = WriterFaultTests.tree(reference.appendingPathComponent("site"))
            #expect(old != new)
        }

        /// A fresh copy of the project with its old site and state.
        func copy() throws -> URL {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("faults-\(UUID().uuidString)")
            try FileManager.default.copyItem(at: template.appendingPathComponent("p"), to: folder)
            return folder
        }
    }

    @Test(arguments: [(false, false), (true, false), (false, true)])
    func killedAtAnyPointTheSiteIsWholeOldOrNew(firstBuild: Bool, spare: Bool) throws {
        let scenario = try Scenario(firstBuild: firstBuild, spare: spare)
        defer { try? FileManager.default.removeItem(at: scenario.template) }
        var point = 1
        while point < 500 {
            let project = try scenario.copy()
            defer { try? FileManager.default.removeItem(at: project) }
            let result = try Subprocess.report(["build", "--root", project.path], environment: ["REPORT_FAULT": "kill:\(point)"])
            let site = Self.tree(project.appendingPathComponent("site"))
            #expect(site == scenario.old || site == scenario.new, "killed at operation \(point): the site is neither old nor new")
            #expect(try Subprocess.report(["build", "--root", project.path]).status == 0)
            #expect(Self.tree(project.appendingPathComponent("site")) == scenario.new, "the build after a kill at \(point)")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.path).filter { $0.hasPrefix(".site.") }
            #expect(leftovers.isEmpty, "left behind: \(leftovers)")
            if result.status == 0 { break }
            #expect(result.status == -SIGKILL)
            point += firstBuild ? 1 : 2
        }
        #expect(point > 3, "the writer made too few operations to test")
    }

    @Test(arguments: [false, true]) func aFullDiskLeavesTheOldSiteExactly(firstBuild: Bool) throws {
        let scenario = try Scenario(firstBuild: firstBuild)
        defer { try? FileManager.default.removeItem(at: scenario.template) }
        var point = 1
        while point < 500 {
            let project = try scenario.copy()
            defer { try? FileManager.default.removeItem(at: project) }
            let result = try Subprocess.report(["build", "--root", project.path], environment: ["REPORT_FAULT": "nospace:\(point)"])
            let site = Self.tree(project.appendingPathComponent("site"))
            if result.status == 0 {
                #expect(site == scenario.new)
                break
            }
            #expect(result.status == 1, "a full disk at operation \(point) exits 1, not \(result.status)")
            #expect(result.errors.contains("No space left on device"), "\(result.errors)")
            #expect(site == scenario.old, "a full disk at operation \(point) changed the site")
            #expect(try Subprocess.report(["build", "--root", project.path]).status == 0)
            #expect(Self.tree(project.appendingPathComponent("site")) == scenario.new)
            point += 3
        }
    }
}
