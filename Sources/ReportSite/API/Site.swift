import Foundation
import ReportModel
import ReportTemplates

/// Builds and checks report sites.
public enum Site {
    /// The release number, shown by `report --version` and part of every build's version key.
    public static let version = "0.1.0"

    /// Validates Data/ and Templates/ and makes every output in memory; writes nothing.
    /// - Returns: the warnings.
    /// - Throws: `BuildFailure` with every problem found.
    public static func check(_ options: BuildOptions) throws -> [Diagnostic] {
        let inputs = try Inputs.load(options, lint: true)
        var engine = BuildEngine(site: inputs.site, previous: [:])
        engine.progress = options.progress
        let outcome = engine.run()
        try Inputs.fail(on: outcome.diagnostics)
        return inputs.warnings
    }

    /// Builds the site into `options.output`: only the outputs whose inputs changed since the
    /// last build are made; the site is staged and swapped in whole.
    /// - Throws: `BuildFailure`; the previous output is then left exactly as it was.
    public static func build(_ options: BuildOptions, incremental: Bool = true) throws -> BuildReport {
        let start = Date()
        if let problem = options.outputProblems().first { throw BuildFailure(.other, [problem]) }
        let writer = SiteWriter(output: options.output)
        try writer.checkReplaceable()
        let state = StateFolder(output: options.output)
        do {
            return try state.locked {
                writer.removeLeftovers()
                var run = BuildRun(options: options, writer: writer, state: state, incremental: incremental, start: start)
                return try run.execute()
            }
        } catch let failure as BuildFailure {
            throw failure
        } catch {
            throw BuildFailure(.other, [.error("cannot write \(options.output.path): \(error)")])
        }
    }
}
