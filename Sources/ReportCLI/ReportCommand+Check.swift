import ArgumentParser
import ReportModel
import ReportSite

extension ReportCommand {
    /// `report check`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate data and templates and render every page in memory; write nothing.",
            discussion: "Prints every problem as path:line:col: error: message, then a count."
        )

        @OptionGroup var project: ProjectOptions

        func run() throws {
            do {
                let warnings = try Site.check(BuildOptions(root: project.rootURL))
                warnings.forEach(Console.show)
                print("No errors\(warnings.isEmpty ? "" : ", \(warnings.count) warning\(warnings.count == 1 ? "" : "s")").")
            } catch let failure as BuildFailure {
                throw Console.report(failure)
            }
        }
    }
}
