import Synchronization

/// The port a server listens on, set once it is bound and read by every request.
final class ListeningPort: Sendable {
    private let port = Mutex<UInt16>(0)

    var value: UInt16 {
        get { port.withLock { $0 } }
        set { port.withLock { $0 = newValue } }
    }
}
