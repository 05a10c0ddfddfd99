/// Ids already read, so later files' references can be checked where they are written.
struct References {
    var sources: Set<String> = []
    var vendors: Set<String> = []
    var chips: Set<String> = []
    var events: Set<String> = []
    var metrics: Set<String> = []
    var series: Set<String> = []
    /// Files that could not be parsed: references into them are not checked, to avoid a
    /// cascade of errors that only repeat the syntax error.
    var unreadable: Set<String> = []
    /// Source ids some figure cites.
    var citedSources: Set<String> = []

    /// A hash of every id set a record's checks read (not `citedSources`, which they only add to).
    var checkedKey: UInt64 {
        var hash = StableHash()
        for set in [sources, vendors, chips, events, metrics, series, unreadable] {
            hash.combine(UInt64(set.count))
            for id in set.sorted() { hash.combine(id) }
        }
        return hash.value
    }
}
