import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The few file-system calls the writer needs, made directly: Foundation's atomic writes
/// fsync every file, and it has no hard links or exchange of two paths.
enum FileOps {
    /// Creates `path` (which must not exist) with `bytes`; no fsync.
    static func create(_ path: String, _ bytes: UnsafeRawBufferPointer) throws {
        try FaultInjection.point("create \(path)")
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileProblem.errno("cannot create \(path)") }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw FileProblem.errno("cannot write \(path)")
            }
            offset += written
        }
    }

    /// Writes `bytes` to a temporary file beside `path`, syncs it, and renames it over `path`.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        try FaultInjection.point("write \(path)")
        let temporary = path + ".tmp-\(getpid())"
        unlink(temporary)
        try bytes.withUnsafeBytes { try create(temporary, $0) }
        let descriptor = open(temporary, O_RDONLY | O_CLOEXEC)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw FileProblem.errno("cannot replace \(path)")
        }
    }

    /// Makes `path` a second name of `existing`.
    static func link(_ existing: String, _ path: String) throws {
        try FaultInjection.point("link \(path)")
        guard Glibc.link(existing, path) == 0 else { throw FileProblem.errno("cannot link \(existing)") }
    }

    /// Removes the file (or folder) at `path`, if any: the name only, never a file's bytes, so
    /// a second name of a published file leaves the published one as it is.
    static func remove(_ path: String) throws {
        try FaultInjection.point("remove \(path)")
        if unlink(path) == 0 || errno == ENOENT || errno == ENOTDIR { return }
        var info = stat()
        if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            removeTree(path)
            if lstat(path, &info) != 0 && errno == ENOENT { return }
        }
        throw FileProblem.errno("cannot remove \(path)")
    }

    /// Removes what stands at `path` unless it is a folder.
    static func removeUnlessFolder(_ path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { return }
        try remove(path)
    }

    /// Whether two paths name the same file (one inode).
    static func sameFile(_ first: String, _ second: String) -> Bool {
        var a = stat(), b = stat()
        return lstat(first, &a) == 0 && lstat(second, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }

    static func makeFolder(_ path: String) throws {
        try FaultInjection.point("create \(path)")
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw FileProblem.errno("cannot create \(path)") }
    }

    /// Flushes the file system holding `path` to disk.
    static func sync(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        typealias SyncFS = @convention(c) (Int32) -> Int32
        if let symbol = dlsym(nil, "syncfs") {
            _ = unsafeBitCast(symbol, to: SyncFS.self)(descriptor)
        } else {
            fsync(descriptor)
        }
        close(descriptor)
    }

    /// Swaps two paths in one step, so no moment sees neither. Linux's `renameat2` with
    /// `RENAME_EXCHANGE`; false where the kernel or file system lacks it.
    static func exchange(_ first: String, _ second: String) throws -> Bool {
        try FaultInjection.point("exchange \(first) and \(second)")
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(nil, "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let exchangeFlag: UInt32 = 2
        return renameat2(AT_FDCWD, first, AT_FDCWD, second, exchangeFlag) == 0
    }

    /// Removes a folder we made and everything in it, making read-only folders writable first.
    static func removeTree(_ path: String) {
        let manager = FileManager.default
        if (try? manager.removeItem(atPath: path)) != nil { return }
        for sub in manager.subpaths(atPath: path) ?? [] {
            var info = stat()
            if lstat(path + "/" + sub, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { chmod(path + "/" + sub, 0o755) }
        }
        chmod(path, 0o755)
        try? manager.removeItem(atPath: path)
    }
}
