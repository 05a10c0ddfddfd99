import Dispatch
import Foundation

/// Runs independent work on every core, keeping the order of the input.
enum Parsing {
    static func concurrently<T: Sendable, R>(_ items: [T], _ work: @Sendable (T) -> R) -> [R] {
        let results = Results<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, work(items[index]))
        }
        return results.values
    }
}

/// Each index is written by exactly one iteration.
private final class Results<R>: @unchecked Sendable {
    private var storage: UnsafeMutablePointer<R?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: max(1, count))
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func set(_ index: Int, _ value: R) { storage[index] = value }

    var values: [R] { (0..<count).map { storage[$0]! } }
}
