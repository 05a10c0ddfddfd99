import Foundation

/// Progress for builds that take more than a second: a line that updates itself on a terminal,
/// a plain line every ten percent otherwise. Quiet for fast builds.
final class Progress: @unchecked Sendable {
    private let start = Date()
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var lastShown = -1
    private var lastDone = -1
    private var shownAny = false

    static func reporter() -> @Sendable (Int, Int) -> Void {
        let progress = Progress()
        return { done, total in progress.update(done, total) }
    }

    func update(_ done: Int, _ total: Int) {
        lock.withLock {
            guard total > 0, done > lastDone, Date().timeIntervalSince(start) > 1 else { return }
            lastDone = done
            let percent = done * 100 / total
            if isTerminal {
                guard percent != lastShown else { return }
                FileHandle.standardError.write(Data("\r\u{1B}[2KRendering pages: \(done)/\(total) (\(percent)%)".utf8))
                if done == total { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
            } else {
                guard percent / 10 != lastShown / 10 || !shownAny else { return }
                FileHandle.standardError.write(Data("Rendering pages: \(done)/\(total)\n".utf8))
            }
            lastShown = percent
            shownAny = true
        }
    }
}
