import Foundation
import Synchronization

/// Reads a process's standard error on another thread, so a chatty process never blocks on it.
final class ErrorCollector: Sendable {
    private let collected = Mutex<Data>(Data())
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        DispatchQueue.global().async { [self] in
            let data = handle.readDataToEndOfFile()
            self.collected.withLock { $0 = data }
            self.done.signal()
        }
    }

    /// What the process wrote, once it closed its standard error; the first line only.
    func text() -> String {
        done.wait()
        let text = collected.withLock { String(decoding: $0, as: UTF8.self) }
        return text.split(separator: "\n").first.map(String.init) ?? ""
    }
}
