import Foundation

/// Tells open pages about rebuilds over a WebSocket: `reload` after a good build, `errors`
/// with the located messages after a bad one (the last good site stays served).
actor LiveChannel {
    private var subscribers: [UUID: AsyncStream<String>.Continuation] = [:]
    /// The messages of the last failed build; empty when the last build succeeded.
    private(set) var errors: [String] = []

    /// The messages for one client, starting with the current state.
    func subscribe() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream()
        let id = UUID()
        subscribers[id] = continuation
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        continuation.yield(Self.message(errors.isEmpty ? "ok" : "errors", errors))
        return stream
    }

    func succeeded() {
        errors = []
        broadcast(Self.message("reload", []))
    }

    func failed(_ messages: [String]) {
        errors = messages
        broadcast(Self.message("errors", messages))
    }

    func closeAll() {
        for continuation in subscribers.values { continuation.finish() }
        subscribers = [:]
    }

    private func remove(_ id: UUID) { subscribers[id] = nil }

    private func broadcast(_ text: String) {
        for continuation in subscribers.values { continuation.yield(text) }
    }

    /// `{"type":"errors","errors":[...]}`.
    static func message(_ type: String, _ errors: [String]) -> String {
        struct Payload: Encodable { let type: String; let errors: [String] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Payload(type: type, errors: errors))) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
