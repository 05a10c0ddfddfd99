import Synchronization

/// Collects the keys one output reads while it renders. Views hold it and record each
/// lookup; the output's dependencies are what it was seen to read.
final class DependencyRecorder: Sendable {
    private let keys = Mutex<Set<DependencyKey>>(Set(DependencyKey.always))

    /// Notes that the output read `key`.
    func record(_ key: DependencyKey) {
        keys.withLock { _ = $0.insert(key) }
    }

    /// Notes that the output read each of `keys`.
    func record(_ keys: some Sequence<DependencyKey>) {
        self.keys.withLock { $0.formUnion(keys) }
    }

    /// Every key recorded so far.
    var recorded: Set<DependencyKey> { keys.withLock { $0 } }
}
