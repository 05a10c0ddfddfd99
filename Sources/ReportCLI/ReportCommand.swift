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

            Exit status: 0 success, 65 invalid data or templates, 66 missing input, 1 other errors.
            """,
        subcommands: [Build.self, Check.self, Serve.self, Archive.self, Changes.self],
        defaultSubcommand: nil
    )

    public init() {}
}

/// Options every command that reads a project shares.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The project folder, holding Data/ and Templates/.", valueName: "dir"))
    var root: String = "."

    var rootURL: URL { URL(fileURLWithPath: root, isDirectory: true) }
}

/// Exit statuses from sysexits.h, which shells and CI understand.
enum ExitStatus {
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
enum Console {
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
