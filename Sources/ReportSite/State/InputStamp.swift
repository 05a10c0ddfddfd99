import Foundation
import ReportModel
#if canImport(Glibc)
import Glibc
#endif

/// One hash over every input file's path, size, modification and change times, inode and
/// device: when it matches the last build's, nothing can have changed. Taken before the
/// inputs are read, so an edit made during a build is seen by the next one. Symbolic links
/// are followed, and refused when they point outside the project.
struct InputStamp {
    private var hash = StableHash()
    private(set) var problems: [Diagnostic] = []
    private let root: String
    private let realRoot: String

    /// The stamp of `folders` (names under `root`, e.g. `Data`, `Templates`).
    static func compute(root: URL, folders: [String]) -> (value: UInt64, problems: [Diagnostic]) {
        var stamp = InputStamp(root: root.path)
        for folder in folders { stamp.walk(folder) }
        return (stamp.hash.value, stamp.problems)
    }

    private init(root: String) {
        self.root = root
        self.realRoot = Self.realPath(root) ?? root
    }

    private mutating func walk(_ relative: String) {
        guard let directory = opendir(root + "/" + relative) else { return }
        defer { closedir(directory) }
        var names: [(String, UInt8)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name == "." || name == ".." { continue }
            names.append((name, entry.pointee.d_type))
        }
        for (name, type) in names.sorted(by: { $0.0 < $1.0 }) {
            let path = relative + "/" + name
            if type == UInt8(DT_LNK), !isInsideProject(path) {
                problems.append(.error("this symbolic link points outside the project; copy the file in instead",
                                       at: SourceLocation(file: path, line: 1, column: 1)))
                continue
            }
            var info = stat()
            // Relative to the open folder: no walk of the whole path for each of thousands of files.
            guard fstatat(dirfd(directory), name, &info, 0) == 0 else { continue }
            hash.combine(path)
            hash.combine(UInt64(info.st_size))
            hash.combine(UInt64(info.st_ino))
            hash.combine(UInt64(info.st_dev))
            hash.combine(UInt64(info.st_mode))
            hash.combine(UInt64(bitPattern: Int64(info.st_mtim.tv_sec)) &* 1_000_000_000 &+ UInt64(info.st_mtim.tv_nsec))
            hash.combine(UInt64(bitPattern: Int64(info.st_ctim.tv_sec)) &* 1_000_000_000 &+ UInt64(info.st_ctim.tv_nsec))
            if (info.st_mode & S_IFMT) == S_IFDIR { walk(path) }
        }
    }

    private func isInsideProject(_ path: String) -> Bool {
        guard let target = Self.realPath(root + "/" + path) else { return true }
        return target == realRoot || target.hasPrefix(realRoot + "/")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
