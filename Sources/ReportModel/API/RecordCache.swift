import Synchronization

/// Decoded records kept between loads of the same Data/ by a long-lived process (`report
/// serve`): a list item whose text, place and surroundings are unchanged since the last load is
/// not parsed or decoded again; its records, problems and citations are replayed. An edit to
/// one chip re-decodes that chip.
///
/// An item is keyed by its file, its first line, its text and the ids known when its file was
/// read (the sources, vendors, chips... its references are checked against), so a replayed item
/// is exactly what decoding it again would give. Entries not used by a load are dropped after it.
public final class RecordCache: Sendable {
    struct Key: Hashable {
        let file: String
        let line: Int
        let text: String
        let references: UInt64
    }

    /// What decoding one item gave.
    struct Entry: Sendable {
        /// The decoded records (of the file's record type).
        let records: [any Sendable]
        /// Each item's id (when it has one) and first line (0-based).
        let items: [(id: String?, line: Int)]
        let diagnostics: [Diagnostic]
        /// Every source id the item cites.
        let citations: Set<String>
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        var used: Set<Key> = []
    }

    private let state = Mutex(State())

    public init() {}

    /// How many items are cached.
    public var count: Int { state.withLock { $0.entries.count } }

    func entry(_ key: Key) -> Entry? {
        state.withLock { state in
            guard let entry = state.entries[key] else { return nil }
            state.used.insert(key)
            return entry
        }
    }

    func store(_ key: Key, _ entry: Entry) {
        state.withLock { state in
            state.entries[key] = entry
            state.used.insert(key)
        }
    }

    /// Ends a load: entries it did not use are dropped (an edited item's old text, a deleted item).
    func finishLoad() {
        state.withLock { state in
            state.entries = state.entries.filter { state.used.contains($0.key) }
            state.used.removeAll(keepingCapacity: true)
        }
    }
}
