import ArgumentParser
import Foundation
import ReportModel
import ReportSite

/// `report`: turns Data/ and Templates/ into a static site of sourced briefings.
public struct ReportCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Build a static site of sourced briefings from plain data files.",
        discussion: """
            A project folder holds Data/ (YAML and CSV: sources, vendors, chips, events, \
            metrics, series; every figure names its source) and Templates/ (Mustache: \
            briefings, pages, layouts, assets). `report build` renders every briefing to \
            Markdown and HTML with SVG charts into site/, which any web host can serve.

            Exit status:
              0   success
              1   any other error (e.g. the site folder cannot be written)
              64  usage error: unknown command or option, bad argument
              65  invalid data or templates, each problem at file:line:col
              66  missing input: no project folder, Data/ or Templates/
            """,
        version: version,
        subcommands: [Build.self, Check.self, Serve.self, Archive.self, Changes.self],
        defaultSubcommand: nil
    )

    public init() {}

    /// `report --version`: the release ReportSite builds with.
    static let version = "report " + Site.version
}

/// Options every command that reads a project shares.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The project folder, holding Data/ and Templates/.", valueName: "dir"))
    var root: String = "."

    var rootURL: URL { URL(fileURLWithPath: root, isDirectory: true) }

    /// Exits 66 (missing input) when the project folder does not exist or is a file.
    func requireFolder() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: rootURL.path, isDirectory: &isFolder) else {
            Console.error("error: no such folder: \(rootURL.path)")
            throw ExitStatus.missingInput
        }
        guard isFolder.boolValue else {
            Console.error("error: \(rootURL.path) is a file, not a project folder")
            throw ExitStatus.missingInput
        }
    }
}

/// Exit statuses from sysexits.h, which shells and CI understand.
enum ExitStatus {
    static let usage = ExitCode(64)
    static let invalidInput = ExitCode(65)
    static let missingInput = ExitCode(66)

    static func of(_ failure: BuildFailure) -> ExitCode {
        switch failure.kind {
        case .invalidInput: invalidInput
        case .missingInput: missingInput
        case .other: .failure
        }
    }
}

/// Where messages go: results to standard output, problems to standard error.
public enum Console {
    /// Makes standard output and standard error line-buffered, so each message reaches a pipe
    /// or a log file when it is printed, not when the process exits.
    public static func lineBuffered() {
        for name in ["stdout", "stderr"] {
            if let stream = cStream(name) { setvbuf(stream, nil, _IOLBF, 0) }
        }
    }

    /// The C library's `stdout` or `stderr`: mutable C globals, which Swift 6 will not read
    /// directly, so their values are read through the symbol table (once, before any thread).
    private static func cStream(_ name: String) -> UnsafeMutablePointer<FILE>? {
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), name)?.load(as: UnsafeMutablePointer<FILE>?.self)
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Prints a problem found in the input: `path:line:col: error: message`.
    static func show(_ diagnostic: Diagnostic) {
        error(diagnostic.description)
    }

    static func report(_ failure: BuildFailure) -> ExitCode {
        failure.diagnostics.forEach(show)
        let count = failure.diagnostics.filter { $0.severity == .error }.count
        if failure.kind == .invalidInput {
            error("\(count) error\(count == 1 ? "" : "s"); nothing was written.")
        }
        return ExitStatus.of(failure)
    }
}
