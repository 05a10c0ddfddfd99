import ArgumentParser
import Foundation
import ReportModel
import ReportSite

extension ReportCommand {
    /// `report changes`.
    struct Changes: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "changes",
            abstract: "List the figures that differ between a git revision's Data/ and the working tree's.",
            discussion: """
                Compares figure by figure (added, removed, value, source, confidence, date) and \
                record by record. Reads the repository's objects; checks nothing out.
                """
        )

        /// How to print the changes.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @OptionGroup var project: ProjectOptions

        @Option(name: .long, help: ArgumentHelp("The revision to compare with.", valueName: "rev"))
        var since = "HEAD"

        @Option(name: .long, help: "text (one change a line) or json.")
        var format = Format.text

        func run() throws {
            do {
                let report = try Site.changes(BuildOptions(root: project.rootURL), since: since)
                switch format {
                case .json: print(report.json)
                case .text:
                    report.lines.forEach { print($0) }
                    if report.lines.isEmpty { Console.error("No figure changed since \(since).") }
                }
            } catch let failure as BuildFailure {
                throw Console.report(failure)
            }
        }
    }
}
