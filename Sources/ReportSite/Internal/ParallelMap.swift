import Dispatch
import Foundation

/// Maps over items on every core, keeping their order. Pages render independently: the view
/// model, templates and cmark-gfm's registered extensions are only read.
enum ParallelMap {
    static func map<T: Sendable, R>(
        _ items: [T], progress: (@Sendable (Int, Int) -> Void)?, total: Int, _ transform: @Sendable (T) -> R
    ) -> [R] {
        let slots = Slots<R>(count: items.count)
        let counter = Counter()
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, items.count))
        let chunk = 16
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let start = counter.take(chunk)
                guard start < items.count else { return }
                for index in start..<min(start + chunk, items.count) {
                    slots.set(index, transform(items[index]))
                }
                progress?(min(start + chunk, items.count), total)
            }
        }
        return slots.values
    }
}

/// Results written by index from several threads; each index is written once.
private final class Slots<R>: @unchecked Sendable {
    private let buffer: UnsafeMutablePointer<R?>
    private let count: Int

    init(count: Int) {
        self.count = count
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil, count: count)
    }

    deinit {
        buffer.deinitialize(count: count)
        buffer.deallocate()
    }

    func set(_ index: Int, _ value: R) { buffer[index] = value }

    var values: [R] { (0..<count).map { buffer[$0]! } }
}

/// Hands out the next chunk of indices.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    func take(_ count: Int) -> Int {
        lock.withLock {
            defer { next += count }
            return next
        }
    }
}
