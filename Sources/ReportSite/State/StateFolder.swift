import Foundation
import ReportHistory
#if canImport(Glibc)
import Glibc
#endif

/// Where a site's build state lives: `.report/NAME/` beside the output folder `NAME`, never
/// inside it (the output holds only what gets published). It holds the stamp of the inputs
/// the last build read, the outputs it made (one file per build id), and a lock that keeps
/// two builds of the same site from running at once.
struct StateFolder {
    let url: URL

    init(output: URL) {
        url = output.deletingLastPathComponent().appendingPathComponent(".report")
            .appendingPathComponent(output.lastPathComponent)
    }

    /// What the last build saw.
    struct Stamp: Equatable {
        var build: UInt64
        var inputs: UInt64
        /// The output's folders as the build left them (`FolderStamp`).
        var site: UInt64
        var version: String
        /// Pages and files in the site, for the report of a build that had nothing to do.
        var pages: Int
        var files: Int
    }

    /// Waits for any other build of this site to finish, then holds the lock until `body` returns.
    func locked<T>(_ body: () throws -> T) throws -> T {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let descriptor = open(url.appendingPathComponent("lock").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileProblem.errno("cannot open the build lock in \(url.path)") }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX) == 0 else { throw FileProblem.errno("cannot lock \(url.path)") }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    func readStamp() -> Stamp? {
        guard let text = try? String(contentsOf: url.appendingPathComponent("stamp"), encoding: .utf8) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= 7, lines[0] == "report stamp 3", let build = UInt64(lines[1], radix: 16),
              let inputs = UInt64(lines[2], radix: 16), let site = UInt64(lines[3], radix: 16),
              let pages = Int(lines[5]), let files = Int(lines[6]) else { return nil }
        return Stamp(build: build, inputs: inputs, site: site, version: lines[4], pages: pages, files: files)
    }

    func writeStamp(_ stamp: Stamp) throws {
        let fields = [
            "report stamp 3", String(stamp.build, radix: 16), String(stamp.inputs, radix: 16), String(stamp.site, radix: 16),
            stamp.version, String(stamp.pages), String(stamp.files),
        ]
        let text = fields.joined(separator: "\n") + "\n"
        try FileOps.writeAtomically(Array(text.utf8), to: url.appendingPathComponent("stamp").path)
    }

    func readOutputs(build: UInt64) -> BuildState? {
        guard let data = FileManager.default.contents(atPath: outputsPath(build)) else { return nil }
        return BuildState(decoding: Array(data))
    }

    func writeOutputs(_ state: BuildState, build: UInt64) throws {
        try FileOps.writeAtomically(state.encoded(), to: outputsPath(build))
    }

    /// The figures of the data the last build read, as written, to say what changed since.
    func readFigures() -> [UInt8]? {
        FileManager.default.contents(atPath: figuresPath).map { Array($0) }
    }

    /// The JSON form earlier builds of this version kept, read once after an upgrade.
    func readLegacyFigures() -> FigureSnapshot? {
        guard let data = FileManager.default.contents(atPath: url.appendingPathComponent("figures.json").path) else { return nil }
        return try? JSONDecoder().decode(FigureSnapshot.self, from: data)
    }

    func writeFigures(_ encoded: [UInt8]) throws {
        try FileOps.writeAtomically(encoded, to: figuresPath)
        // The JSON form earlier versions kept.
        try? FileManager.default.removeItem(at: url.appendingPathComponent("figures.json"))
    }

    private var figuresPath: String { url.appendingPathComponent("figures.bin").path }

    /// Removes the outputs files of every build but `build`.
    func prune(keeping build: UInt64) {
        let keep = "outputs-\(String(build, radix: 16)).bin"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        where name.hasPrefix("outputs-") && name != keep {
            try? FileManager.default.removeItem(at: url.appendingPathComponent(name))
        }
    }

    private func outputsPath(_ build: UInt64) -> String {
        url.appendingPathComponent("outputs-\(String(build, radix: 16)).bin").path
    }
}
