import Foundation
import ReportModel
#if canImport(Glibc)
import Glibc
#endif

/// A hash of the output's folders (path, inode, modification time): a file created or
/// deleted in the published site changes its folder's time, so a build that would
/// otherwise have nothing to do notices a page removed by hand. A handful of calls.
enum FolderStamp {
    static func compute(_ folder: URL) -> UInt64 {
        var hash = StableHash()
        add(folder.path, relative: "", to: &hash)
        return hash.value
    }

    private static func add(_ path: String, relative: String, to hash: inout StableHash) {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return }
        hash.combine(relative)
        hash.combine(UInt64(info.st_ino))
        hash.combine(UInt64(bitPattern: Int64(info.st_mtim.tv_sec)) &* 1_000_000_000 &+ UInt64(info.st_mtim.tv_nsec))
        // A folder with two links has no subfolders (ext4, tmpfs, most Unix file systems).
        guard info.st_nlink != 2, let directory = opendir(path) else { return }
        defer { closedir(directory) }
        var folders: [String] = []
        while let entry = readdir(directory) {
            guard entry.pointee.d_type == UInt8(DT_DIR) || entry.pointee.d_type == UInt8(DT_UNKNOWN) else { continue }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name != ".", name != ".." { folders.append(name) }
        }
        for name in folders.sorted() { add(path + "/" + name, relative: relative + "/" + name, to: &hash) }
    }
}
