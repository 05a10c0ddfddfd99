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
    /// Whether the folder starts as a mirror of the published site (every file a second name
    /// of the published one): made files then replace a name, and kept files are already there.
    let mirrored: Bool
    /// Folders already made below `path` ("" is `path` itself), and files written.
    private let made = Mutex<(folders: Set<String>, files: Set<String>)>(([""], []))

    /// Makes an empty staging folder at `path` (removing one a killed build left there).
    init(path: String) throws {
        self.path = path
        mirrored = false
        FileOps.removeTree(path)
        try FileOps.makeFolder(path)
    }

    /// Turns `spare` (the site before the published one, kept by the last build) into a
    /// mirror of the published site at `site`, whose files are `files`, and moves it to
    /// `path`. Each file already naming the published one is left alone, so this costs one
    /// stat per file and an operation per file that changed in the last build, instead of a
    /// link per file into an empty folder and the removal of the old tree after the swap.
    /// Nil when there is no spare or any step fails: the caller stages from empty instead.
    init?(path: String, spare: String, site: String, files: [String]) {
        self.path = path
        mirrored = true
        // Only a real folder (a symbolic link would lead the walk anywhere), and only plain
        // paths inside the site, whatever the state says.
        var info = stat()
        guard lstat(spare, &info) == 0 else { return nil }
        guard (info.st_mode & S_IFMT) == S_IFDIR, files.allSatisfy(Self.isPlain) else {
            try? FileOps.remove(spare)
            return nil
        }
        FileOps.removeTree(path)
        guard rename(spare, path) == 0 else { return nil }
        do {
            try Self.mirror(path, site: site, files: Set(files))
        } catch {
            FileOps.removeTree(path)
            return nil
        }
    }

    /// Not empty, not absolute, no empty, `.` or `..` part, not the marker.
    static func isPlain(_ relative: String) -> Bool {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        return !relative.isEmpty && !relative.hasPrefix("/") && !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }
            && relative != SiteWriter.marker
    }

    /// Writes one file of the new site; `relative` must be a plain path inside it. A second
    /// file at the same path is not written: two outputs writing one path is the project's
    /// mistake, which the engine reports with both names.
    func write(_ relative: String, _ bytes: Data) throws {
        guard let target = try prepare(relative) else { return }
        if mirrored { try FileOps.remove(target) }
        try bytes.withUnsafeBytes { try FileOps.create(target, $0) }
    }

    /// Carries `relative` over from `site` unchanged, as a second name of the same file.
    func link(_ relative: String, from site: String) throws {
        guard let target = try prepare(relative) else { return }
        try FileOps.link(site + "/" + relative, target)
    }

    /// Removes a file of the published site that the new one does not have (a mirror holds
    /// it), and the folders it leaves empty.
    func drop(_ relative: String) throws {
        guard mirrored, Self.isPlain(relative), !made.withLock({ $0.files.contains(relative) }) else { return }
        // A folder there now holds this build's files (the file became a folder).
        try FileOps.removeUnlessFolder(path + "/" + relative)
        var folder = Substring(relative)
        while let slash = folder.lastIndex(of: "/") {
            folder = folder[..<slash]
            guard rmdir(path + "/" + folder) == 0 else { break }
        }
    }

    /// Removes the staging folder and everything written to it.
    func discard() {
        FileOps.removeTree(path)
    }

    /// Makes `folder` (its files named by their paths below `site`, in `files`) hold exactly
    /// those files as second names of the site's: what is missing or another file is linked,
    /// what the site does not have is removed.
    private static func mirror(_ folder: String, site: String, files: Set<String>) throws {
        var present: Set<String> = []
        var folders: Set<String> = []
        for relative in files {
            var parent = Substring(relative)
            while let slash = parent.lastIndex(of: "/") {
                parent = parent[..<slash]
                guard folders.insert(String(parent)).inserted else { break }
            }
        }
        try walk(folder, "") { relative, isFolder in
            if isFolder { return folders.contains(relative) }
            if files.contains(relative), FileOps.sameFile(folder + "/" + relative, site + "/" + relative) {
                present.insert(relative)
            } else {
                try FileOps.remove(folder + "/" + relative)
            }
            return true
        }
        var made: Set<String> = [""]
        for relative in files.subtracting(present).sorted() {
            try makeParents(of: relative, in: folder, made: &made, replacingFiles: false)
            try FileOps.link(site + "/" + relative, folder + "/" + relative)
        }
    }

    /// Calls `visit` for each entry below `folder + "/" + relative`, depth first; a folder for
    /// which it returns false is removed whole instead of entered.
    private static func walk(_ folder: String, _ relative: String, _ visit: (String, Bool) throws -> Bool) throws {
        let here = relative.isEmpty ? folder : folder + "/" + relative
        if relative.isEmpty { chmod(here, 0o755) }
        let names = try FileManager.default.contentsOfDirectory(atPath: here)
        for name in names {
            let child = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(folder + "/" + child, &info) == 0 else {
                throw FileProblem.errno("cannot read \(folder)/\(child)")
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                if try visit(child, true) {
                    // Folders are never shared with the published site: make them writable.
                    chmod(folder + "/" + child, 0o755)
                    try walk(folder, child, visit)
                } else {
                    try FileOps.remove(folder + "/" + child)
                }
            } else {
                _ = try visit(child, false)
            }
        }
    }

    /// The staging path for `relative`, after checking it stays inside the site and making its
    /// folders; nil when that path was already written.
    private func prepare(_ relative: String) throws -> String? {
        guard Self.isPlain(relative) else {
            throw FileProblem(description: "refusing to write '\(relative)': not a plain path inside the site")
        }
        return try made.withLock { made in
            guard made.files.insert(relative).inserted else { return nil }
            // In a mirror, a published file may stand where this build wants a folder.
            try Self.makeParents(of: relative, in: path, made: &made.folders, replacingFiles: mirrored)
            return path + "/" + relative
        }
    }

    /// Makes the folders above `relative` under `root` that are not in `made` yet (and records
    /// them), first removing a file standing in one's place when `replacingFiles`.
    private static func makeParents(of relative: String, in root: String, made: inout Set<String>, replacingFiles: Bool) throws {
        var folder = ""
        for part in relative.split(separator: "/").dropLast() {
            folder += folder.isEmpty ? String(part) : "/" + part
            guard !made.contains(folder) else { continue }
            if replacingFiles { try FileOps.removeUnlessFolder(root + "/" + folder) }
            try FileOps.makeFolder(root + "/" + folder)
            made.insert(folder)
        }
    }
}
