import ReportModel
import Synchronization

/// What a pure function made of a text, kept for the life of the process: `report serve` does
/// not parse an unchanged briefing's front matter, or scan its template for the records it
/// names, on every rebuild. Entries are found by a hash of the text's bytes (Swift's own
/// string hashing normalises Unicode first, and cost as much as the scan it saved) and used
/// only when the bytes and the context are equal, so a hit is always the right answer.
/// Bounded: emptied when it would pass `limit` entries.
final class TextMemo<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        let text: String
        let context: String
        let value: Value
    }

    private let entries = Mutex<[UInt64: Entry]>([:])
    private let limit: Int

    init(limit: Int = 20_000) {
        self.limit = limit
    }

    /// The value made of `text`; `context` is whatever else the value depends on (a path).
    func value(_ text: String, context: String = "", _ make: () -> Value) -> Value {
        var hash = StableHash()
        hash.combine(context)
        hash.combine(text)
        let key = hash.value
        if let entry = entries.withLock({ $0[key] }), entry.context == context, entry.text.utf8.elementsEqual(text.utf8) {
            return entry.value
        }
        let value = make()
        entries.withLock { entries in
            if entries.count >= limit { entries.removeAll() }
            entries[key] = Entry(text: text, context: context, value: value)
        }
        return value
    }
}
