import ArgumentParser
import Foundation
import ReportModel
import ReportSite

extension ReportCommand {
    /// `report build`.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build",
            abstract: "Validate the project and write the site.",
            discussion: """
                Writes every page as .md and .html, the charts as .svg, and the assets. The site is \
                written to a temporary folder and swapped in only when the whole build succeeded: \
                after an error the previous site is left exactly as it was.
                """
        )

        @OptionGroup var project: ProjectOptions

        @Option(name: .long, help: ArgumentHelp("Where to write the site (default: site/ in the project).", valueName: "dir"))
        var output: String?

        func run() throws {
            let options = BuildOptions(
                root: project.rootURL, output: output.map { URL(fileURLWithPath: $0, isDirectory: true) },
                progress: Progress.reporter()
            )
            do {
                let report = try Site.build(options)
                report.warnings.forEach(Console.show)
                report.notes.forEach { Console.error("note: " + $0) }
                let seconds = String(format: "%.2f", report.seconds)
                if report.rendered == 0 && report.written == 0 {
                    print("Nothing changed: \(report.pages) pages up to date in \(options.output.path) (\(seconds) s).")
                } else {
                    print("Built \(report.pages) pages (\(report.rendered) rendered, \(report.written) files written, \(report.deleted) deleted) into \(options.output.path) in \(seconds) s.")
                }
                if let changes = report.figureChanges { print(changes) }
                print(Self.howToView(options.output))
            } catch let failure as BuildFailure {
                throw Console.report(failure)
            }
        }

        /// The last line of a build: where to look at the result.
        static func howToView(_ output: URL) -> String {
            let index = output.appendingPathComponent("index.html").path
            return "View it: open \(index) in a browser, or run `report serve` for a live preview."
        }
    }
}
