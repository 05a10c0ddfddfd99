import Foundation
import ReportModel
import ReportTemplates

/// Builds and checks report sites.
public enum Site {
    /// Validates Data/ and Templates/ and renders every page in memory; writes nothing.
    /// - Returns: the warnings.
    /// - Throws: `BuildFailure` with every problem found.
    public static func check(_ options: BuildOptions) throws -> [String] {
        var options = options
        options.lint = true
        return try SiteRenderer(options: options, previous: nil).render().warnings
    }

    /// Builds the site into `options.output`. With the last build's manifest there, only the
    /// pages whose inputs changed are rendered and only changed files are written; otherwise
    /// the whole site is written to a staging folder and swapped in.
    /// - Throws: `BuildFailure`; the previous output is then left exactly as it was.
    public static func build(_ options: BuildOptions, incremental: Bool = true) throws -> BuildReport {
        let start = Date()
        let writer = SiteWriter(output: options.output)
        try writer.checkReplaceable()
        let previous = incremental ? Manifest.read(from: options.output).flatMap { $0.version == ReportVersion.string ? $0 : nil } : nil
        if let previous, previous.inputs == InputScan.stats(of: [options.data, options.templates], root: options.root),
           previous.files.keys.allSatisfy({ FileManager.default.fileExists(atPath: options.output.appendingPathComponent($0).path) }) {
            return BuildReport(
                pages: previous.outputs.values.filter { $0.files.keys.contains { $0.hasSuffix(".html") } }.count, rendered: 0, written: 0, deleted: 0, files: previous.files.count + 2,
                warnings: [], seconds: Date().timeIntervalSince(start)
            )
        }
        let rendered = try SiteRenderer(options: options, previous: previous).render()
        var clock = PhaseClock()
        let (written, deleted) = try writer.write(rendered.files, manifest: rendered.manifest, previous: previous)
        clock.lap("write \(written) files")
        return BuildReport(
            pages: rendered.pages, rendered: rendered.rendered, written: written, deleted: deleted,
            files: rendered.manifest.files.count + 2, warnings: rendered.warnings, seconds: Date().timeIntervalSince(start)
        )
    }
}
