import ReportModel
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// What a pure function made of a text, kept for the life of the process: `report serve` does
/// not parse an unchanged briefing's front matter, or scan its template for the records it
/// names, on every rebuild. Entries are found by a hash of the text's bytes (Swift's own
/// string hashing normalises Unicode first, and cost as much as the scan it saved) and used
/// only when the bytes and the context are equal, so a hit is always the right answer.
/// Bounded: emptied when it would pass `limit` entries or `byteLimit` bytes of text (so
/// every saved version of a briefing under `report serve` is not kept for ever).
final class TextMemo<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        let text: String
        let context: String
        let value: Value
    }

    private let entries = Mutex<(byKey: [UInt64: Entry], bytes: Int)>(([:], 0))
    private let limit: Int
    private let byteLimit: Int

    init(limit: Int = 20_000, byteLimit: Int = 64 << 20) {
        self.limit = limit
        self.byteLimit = byteLimit
    }

    /// The value made of `text`; `context` is whatever else the value depends on (a path).
    func value(_ text: String, context: String = "", _ make: () -> Value) -> Value {
        var hash = StableHash()
        hash.combine(context)
        hash.combine(text)
        let key = hash.value
        if let entry = entries.withLock({ $0.byKey[key] }), entry.context == context, Self.sameBytes(entry.text, text) {
            return entry.value
        }
        let value = make()
        entries.withLock { entries in
            if entries.byKey.count >= limit || entries.bytes + text.utf8.count > byteLimit { entries = ([:], 0) }
            entries.byKey[key] = Entry(text: text, context: context, value: value)
            entries.bytes += text.utf8.count
        }
        return value
    }

    /// Byte equality with memcmp (a generic walk over `String.UTF8View` was 4% of a warm rebuild).
    private static func sameBytes(_ left: String, _ right: String) -> Bool {
        var left = left, right = right
        guard left.utf8.count == right.utf8.count else { return false }
        return left.withUTF8 { a in right.withUTF8 { b in a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 } }
    }
}
