import Foundation
import ReportModel
import ReportTemplates

/// Builds and checks report sites.
public enum Site {
    /// Validates Data/ and Templates/ and renders every page in memory; writes nothing.
    /// - Returns: the warnings.
    /// - Throws: `BuildFailure` with every problem found.
    public static func check(_ options: BuildOptions) throws -> [String] {
        try SiteRenderer(options: options).render().warnings
    }

    /// Builds the site into `options.output`, replacing it only when the whole build succeeded.
    /// - Throws: `BuildFailure`; the previous output is then left exactly as it was.
    public static func build(_ options: BuildOptions) throws -> BuildReport {
        let start = Date()
        let rendered = try SiteRenderer(options: options).render()
        try SiteWriter(output: options.output).write(rendered.files)
        return BuildReport(
            pages: rendered.pages, files: rendered.files.count + 1, warnings: rendered.warnings,
            seconds: Date().timeIntervalSince(start)
        )
    }
}
