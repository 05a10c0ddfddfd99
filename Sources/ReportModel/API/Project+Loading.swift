import Foundation

/// Thrown when there is no Data/ folder to read at all.
public struct MissingInputError: Error, Sendable, CustomStringConvertible {
    /// The path that does not exist.
    public let path: String

    /// `error: no such folder: Data`.
    public var description: String { "error: no Data/ folder at '\(path)'" }
}

extension Project {
    /// The file names in Data/ that are read, in the order they are read.
    public static let dataFiles = ["site.yaml", "sources.yaml", "vendors.yaml", "chips.yaml", "events.yaml", "metrics.yaml", "series.yaml", "charts.yaml"]

    /// Reads and validates `directory`. Paths in diagnostics start with `displayName`.
    /// - Throws: `MissingInputError` when the folder does not exist; `DiagnosticError` with every
    ///   problem found when anything is invalid.
    /// - Parameter cache: records kept from earlier loads of this folder (a long-lived process
    ///   passes the same cache each time); an unchanged list item is then not decoded again.
    public static func load(from directory: URL, displayName: String = "Data", cache: RecordCache? = nil) throws -> Project {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw MissingInputError(path: directory.path)
        }
        var loader = ProjectLoader(files: .folder(directory), displayName: displayName, cache: cache)
        defer { cache?.finishLoad() }
        return try loader.load()
    }

    /// Reads Data/ from bytes by path below it (one commit's tree), keeping what decodes: a
    /// record with an error is left out, and excerpts are not checked against archived texts
    /// (their files need not be in `files`). For reading the data's history.
    /// - Throws: `DiagnosticError` only when site.yaml itself cannot be read.
    public static func load(files: [String: Data], displayName: String = "Data") throws -> Project {
        var loader = ProjectLoader(files: .memory(files), displayName: displayName, lenient: true)
        return try loader.load()
    }
}
