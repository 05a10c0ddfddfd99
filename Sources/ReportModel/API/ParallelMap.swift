import Dispatch
import Foundation
import Synchronization

/// Maps over items on every core, keeping their order. Workers take chunks of indices from a
/// shared counter and hand their results over once, when they run out of work.
public enum ParallelMap {
    public static func map<T: Sendable, R: Sendable>(
        _ items: [T], progress: (@Sendable (Int, Int) -> Void)?, total: Int, _ transform: @Sendable (T) -> R
    ) -> [R] {
        guard !items.isEmpty else { return [] }
        let next = Atomic<Int>(0)
        let collected = Mutex<[(Int, R)]>([])
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, items.count))
        let chunk = max(1, min(16, items.count / (workers * 4)))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var results: [(Int, R)] = []
            while true {
                let start = next.add(chunk, ordering: .relaxed).oldValue
                guard start < items.count else { break }
                let end = min(start + chunk, items.count)
                for index in start..<end { results.append((index, transform(items[index]))) }
                progress?(end, total)
            }
            collected.withLock { $0 += results }
        }
        return collected.withLock { all in all.sorted { $0.0 < $1.0 }.map(\.1) }
    }

    /// Runs `background` on another thread while `body` runs on this one, and returns both
    /// results. When `body` throws, the error is rethrown at once and `background`'s result is
    /// dropped when it ends.
    public static func alongside<A: Sendable, B>(
        _ background: @escaping @Sendable () -> A, _ body: () throws -> B
    ) rethrows -> (A, B) {
        let result = Mutex<A?>(nil)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let value = background()
            result.withLock { $0 = value }
            done.signal()
        }
        let own = try body()
        done.wait()
        return (result.withLock { $0! }, own)
    }
}
