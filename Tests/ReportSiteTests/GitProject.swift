import Foundation
@testable import ReportSite

/// A copy of the valid fixture in a temporary git repository, with commits made by a script.
struct GitProject {
    let root: URL

    /// `git init`, a local identity, and the fixture committed as the first commit.
    static func create(siteYAML: String) throws -> GitProject {
        let project = GitProject(root: try Fixtures.project())
        try project.write("Data/site.yaml", siteYAML)
        try project.write("Data/events.yaml", try project.read("Data/events.yaml") + HistoryScript.extraEvent)
        try project.git("init", "-q", "-b", "main")
        try project.git("config", "user.name", "Fixture Analyst")
        try project.git("config", "user.email", "analyst@example.org")
        try project.git("config", "commit.gpgsign", "false")
        try project.commit("Initial data", date: "2026-01-05T10:00:00+00:00")
        return project
    }

    /// Runs git in the project; returns its standard output.
    @discardableResult
    func git(_ arguments: String..., environment: [String: String] = [:]) throws -> String {
        try Self.run(["git", "-C", root.path] + arguments, environment: environment)
    }

    /// Commits everything with `subject`, authored and committed at `date`.
    func commit(_ subject: String, date: String) throws {
        try git("add", "-A")
        try git("commit", "-q", "--allow-empty", "-m", subject,
                environment: ["GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date])
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func write(_ path: String, _ text: String) throws {
        try text.write(to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }

    /// Replaces the first `old` in `path` with `new`; throws when it is not there.
    func replace(_ old: String, with new: String, in path: String, everywhere: Bool = false) throws {
        let text = try read(path)
        guard let range = text.range(of: old) else { throw Missing(text: old, path: path) }
        let replaced = everywhere
            ? text.replacingOccurrences(of: old, with: new) : text.replacingCharacters(in: range, with: new)
        try write(path, replaced)
    }

    /// A shallow clone (`git clone --depth 1 file://...`) in a new temporary folder.
    func shallowClone() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-clone-\(UUID().uuidString)")
        try Self.run(["git", "clone", "-q", "--depth", "1", "file://" + root.path, folder.path])
        return folder
    }

    struct Missing: Error {
        let text: String
        let path: String
    }

    struct Failed: Error {
        let arguments: [String]
        let status: Int32
    }

    @discardableResult
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failed(arguments: arguments, status: process.terminationStatus)
        }
        return String(decoding: data, as: UTF8.self)
    }
}
