import ArgumentParser
import Foundation
import Testing
@testable import ReportCLI

@Suite struct CommandTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/valid")

    @Test func helpExplainsTheToolToANewcomer() {
        let help = ReportCommand.helpMessage(columns: 100)
        #expect(help == """
            OVERVIEW: Build a static site of sourced briefings from plain data files.

            A project folder holds Data/ (YAML and CSV: sources, vendors, chips, events, metrics, series; every
            figure names its source) and Templates/ (Mustache: briefings, pages, layouts, assets). `report
            build` renders every briefing to Markdown and HTML with SVG charts into site/, which any web host
            can serve.

            Exit status:
              0   success
              1   any other error (e.g. the site folder cannot be written)
              64  usage error: unknown command or option, bad argument
              65  invalid data or templates, each problem at file:line:col
              66  missing input: no project folder, Data/ or Templates/

            USAGE: report <subcommand>

            OPTIONS:
              --version               Show the version.
              -h, --help              Show help information.

            SUBCOMMANDS:
              build                   Validate the project and write the site.
              check                   Validate data and templates and render every page in memory; write
                                      nothing.
              serve                   Build, serve the site on 127.0.0.1 and rebuild when Data/ or Templates/
                                      change.
              archive                 Write the clean archived copy of a scraped source text.
              changes                 List the figures that differ between a git revision's Data/ and the
                                      working tree's.

              See 'report help <subcommand>' for detailed help.
            """)
    }

    @Test func buildAndCheckParseTheirOptions() throws {
        let build = try ReportCommand.parseAsRoot(["build", "--root", "/tmp/project", "--output", "/tmp/out"])
        #expect((build as? ReportCommand.Build)?.project.root == "/tmp/project")
        #expect((build as? ReportCommand.Build)?.output == "/tmp/out")
        let serve = try ReportCommand.parseAsRoot(["serve", "--port", "9000"])
        #expect((serve as? ReportCommand.Serve)?.port == 9000)
    }

    @Test func archiveWantsAnOriginalTextFile() {
        #expect(throws: (any Error).self) { try ReportCommand.parseAsRoot(["archive", "notes.txt"]) }
    }

    @Test func invalidDataExitsWith65AndMissingInputWith66() throws {
        let project = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: project) }
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        var check = try #require(try ReportCommand.parseAsRoot(["check", "--root", project.path]) as? ReportCommand.Check)
        #expect { try check.run() } throws: { ($0 as? ExitCode)?.rawValue == 66 }
        for name in ["Data", "Templates"] {
            try FileManager.default.copyItem(at: Self.fixture.appendingPathComponent(name), to: project.appendingPathComponent(name))
        }
        try Data("title: [unclosed\n".utf8).write(to: project.appendingPathComponent("Data/site.yaml"))
        check = try #require(try ReportCommand.parseAsRoot(["check", "--root", project.path]) as? ReportCommand.Check)
        #expect { try check.run() } throws: { ($0 as? ExitCode)?.rawValue == 65 }
    }

    @Test func aMistypedSubcommandGetsASuggestion() {
        #expect(ReportCommand.unknownSubcommand(["biuld"]) == [
            "error: unknown command 'biuld' (did you mean 'build'?)",
            "Usage: report <subcommand>; the subcommands are build, check, serve, archive, changes, help.",
        ])
        #expect(ReportCommand.unknownSubcommand(["build", "--root", "x"]) == nil)
        #expect(ReportCommand.unknownSubcommand(["--version"]) == nil)
    }

    @Test func versionAndUsageErrors() {
        #expect(ReportCommand.message(for: CleanExit.message(ReportCommand.version)) == "report 0.1.0")
        #expect(throws: (any Error).self) { try ReportCommand.parseAsRoot(["build", "--nope"]) }
        #expect(ReportCommand.exitCode(for: ValidationError("x")).rawValue == 64)
    }

    @Test func aRootThatIsMissingOrAFileIsMissingInput() throws {
        for root in ["/nonexistent-\(UUID().uuidString)", "/etc/hostname"] {
            let serve = try #require(try ReportCommand.parseAsRoot(["serve", "--root", root]) as? ReportCommand.Serve)
            #expect { try serve.project.requireFolder() } throws: { ($0 as? ExitCode)?.rawValue == 66 }
        }
    }

    @Test func aBuildSaysHowToViewTheSite() {
        #expect(ReportCommand.Build.howToView(URL(fileURLWithPath: "/p/site")) ==
            "View it: open /p/site/index.html in a browser, or run `report serve` for a live preview.")
    }
}
