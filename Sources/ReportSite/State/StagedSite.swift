import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A build's new site, written beside the output while the build runs: the engine's workers
/// write each file as soon as it is made (so a build holds no more than the pages in flight in
/// memory), and `SiteWriter.publish` then links the kept files in and swaps the folder into
/// place. Until then the output is untouched; `discard` removes everything written.
final class StagedSite: Sendable {
    let path: String
    /// Folders already made below `path` ("" is `path` itself), and files written.
    private let made = Mutex<(folders: Set<String>, files: Set<String>)>(([""], []))

    /// Makes an empty staging folder at `path` (removing one a killed build left there).
    init(path: String) throws {
        self.path = path
        FileOps.removeTree(path)
        try FileOps.makeFolder(path)
    }

    /// Writes one file of the new site; `relative` must be a plain path inside it. A second
    /// file at the same path is not written: two outputs writing one path is the project's
    /// mistake, which the engine reports with both names.
    func write(_ relative: String, _ bytes: Data) throws {
        guard let target = try prepare(relative) else { return }
        try bytes.withUnsafeBytes { try FileOps.create(target, $0) }
    }

    /// Carries `relative` over from `site` unchanged, as a second name of the same file.
    func link(_ relative: String, from site: String) throws {
        guard let target = try prepare(relative) else { return }
        try FileOps.link(site + "/" + relative, target)
    }

    /// Removes the staging folder and everything written to it.
    func discard() {
        FileOps.removeTree(path)
    }

    /// The staging path for `relative`, after checking it stays inside the site and making its
    /// folders; nil when that path was already written.
    private func prepare(_ relative: String) throws -> String? {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard !relative.isEmpty, !relative.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }),
              relative != SiteWriter.marker else {
            throw FileProblem(description: "refusing to write '\(relative)': not a plain path inside the site")
        }
        return try made.withLock { made in
            guard made.files.insert(relative).inserted else { return nil }
            var folder = ""
            for part in parts.dropLast() {
                folder += folder.isEmpty ? String(part) : "/" + part
                if !made.folders.contains(folder) {
                    try FileOps.makeFolder(path + "/" + folder)
                    made.folders.insert(folder)
                }
            }
            return path + "/" + relative
        }
    }
}
