import Foundation
import ReportHistory
import ReportModel

extension Site {
    /// The figure-level differences between Data/ at `revision` and Data/ in the working tree,
    /// e.g. to review a pull request that edits the data. Reads the repository's objects;
    /// checks nothing out and writes nothing.
    /// - Throws: `BuildFailure`: invalid data in the working tree, no repository, an unknown revision.
    public static func changes(_ options: BuildOptions, since revision: String) throws -> ChangeReport {
        var diagnostics: [Diagnostic] = []
        var project: Project?
        var strings: Strings?
        do {
            project = try Project.load(from: options.data)
        } catch let error as DiagnosticError {
            diagnostics += error.diagnostics
        }
        do {
            strings = try Strings.load(templates: options.templates, language: project?.settings.language ?? "en")
        } catch let error as DiagnosticError {
            diagnostics += error.diagnostics
        }
        try Inputs.fail(on: diagnostics)
        guard let project, let strings else { throw BuildFailure(.invalidInput, diagnostics) }
        let reader = options.historyReader(writesCache: false)
        let old: FigureSnapshot
        let commit: String
        do {
            (commit, old) = try reader.snapshot(at: revision)
        } catch let error as HistoryError {
            throw BuildFailure(.other, [.error(error.message)])
        }
        let changes = FigureSnapshot(project).changes(since: old)
        let text = ChangeText(project: project, strings: strings)
        return ChangeReport(since: revision, commit: commit, changes: changes, lines: changes.map(text.text))
    }
}
