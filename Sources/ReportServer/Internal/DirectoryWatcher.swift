import Foundation
#if canImport(Glibc)
import Glibc

/// Watches folders recursively with inotify (one watch per folder; folders created later are
/// added as they appear) and delivers changed paths in batches: a batch is sent once no event
/// has arrived for `quietPeriod` (50 ms: an editor's save is a burst of events a few
/// milliseconds apart), so one save is one batch.
final class DirectoryWatcher: @unchecked Sendable {
    // The descriptor and watch table are touched only by the reading thread after `start`.
    private let descriptor: Int32
    private var folders: [Int32: String] = [:]
    private let quietPeriod: TimeInterval
    private let lock = NSLock()
    private var stopped = false

    init(folders roots: [URL], quietPeriod: TimeInterval = 0.05) throws {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw WatchError.cannotWatch(String(cString: strerror(errno))) }
        self.quietPeriod = quietPeriod
        for root in roots { addRecursively(root.standardizedFileURL.path) }
    }

    deinit { close(descriptor) }

    enum WatchError: Error { case cannotWatch(String) }

    /// Batches of changed paths, until `stop()`.
    func batches() -> AsyncStream<[String]> {
        AsyncStream { continuation in
            let thread = Thread { [self] in
                readLoop { continuation.yield($0) }
                continuation.finish()
            }
            thread.start()
        }
    }

    func stop() {
        lock.withLock { stopped = true }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func readLoop(_ deliver: ([String]) -> Void) {
        var pending = Set<String>()
        var lastEvent = Date.distantPast
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !isStopped {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            // Wake when the quiet period of a pending batch ends, not on the next 50 ms tick.
            let untilQuiet = quietPeriod - Date().timeIntervalSince(lastEvent)
            let wait = pending.isEmpty ? 50 : Int32(max(1, min(50, (untilQuiet * 1000).rounded(.up))))
            let ready = poll(&poller, 1, wait)
            if ready > 0 {
                let count = read(descriptor, &buffer, buffer.count)
                if count > 0 {
                    pending.formUnion(parse(buffer[0..<count]))
                    lastEvent = Date()
                }
            }
            if !pending.isEmpty, Date().timeIntervalSince(lastEvent) >= quietPeriod {
                deliver(pending.sorted())
                pending.removeAll()
            }
        }
    }

    /// Paths named by the events in `bytes`; new folders get watches of their own.
    private func parse(_ bytes: ArraySlice<UInt8>) -> [String] {
        var paths: [String] = []
        var offset = bytes.startIndex
        let headerSize = MemoryLayout<inotify_event>.size
        while offset + headerSize <= bytes.endIndex {
            let (wd, mask, length) = bytes[offset..<(offset + headerSize)].withUnsafeBytes { raw in
                (raw.load(fromByteOffset: 0, as: Int32.self), raw.load(fromByteOffset: 4, as: UInt32.self), Int(raw.load(fromByteOffset: 12, as: UInt32.self)))
            }
            let nameBytes = bytes[(offset + headerSize)..<min(bytes.endIndex, offset + headerSize + length)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            offset += headerSize + length
            guard let folder = folders[wd] else { continue }
            let path = name.isEmpty ? folder : folder + "/" + name
            if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                addRecursively(path)
            }
            if mask & UInt32(IN_IGNORED) != 0 { folders[wd] = nil }
            paths.append(path)
        }
        return paths
    }

    private func addRecursively(_ path: String) {
        let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE | IN_DELETE_SELF | IN_ATTRIB)
        let watch = inotify_add_watch(descriptor, path, mask)
        if watch >= 0 { folders[watch] = path }
        guard let children = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for child in children.sorted() {
            var isDirectory: ObjCBool = false
            let childPath = path + "/" + child
            if FileManager.default.fileExists(atPath: childPath, isDirectory: &isDirectory), isDirectory.boolValue {
                addRecursively(childPath)
            }
        }
    }
}
#endif
