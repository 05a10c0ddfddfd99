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
        var entries: [(name: [UInt8], type: UInt8)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix(strnlen(raw.baseAddress!.assumingMemoryBound(to: CChar.self), raw.count)))
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            entries.append((name, entry.pointee.d_type))
        }
        // Sorted by bytes with memcmp: String's `<` (Unicode-aware) was 8% of a no-op at N = 10,000.
        entries.sort { Self.precedes($0.name, $1.name) }
        for (bytes, type) in entries {
            let name = String(decoding: bytes, as: UTF8.self)
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

    /// Byte-wise order, a shorter prefix first.
    private static func precedes(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        let common = min(left.count, right.count)
        guard common > 0 else { return left.count < right.count }
        let order = left.withUnsafeBufferPointer { a in right.withUnsafeBufferPointer { b in memcmp(a.baseAddress!, b.baseAddress!, common) } }
        return order != 0 ? order < 0 : left.count < right.count
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
