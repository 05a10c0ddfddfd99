public extension TimelineChart {
    /// A description generated from the data: span, categories, first and latest events.
    var summary: String {
        let sorted = sorted
        guard let first = sorted.first, let last = sorted.max(by: { ($0.end ?? $0.start) < ($1.end ?? $1.start) }) else {
            return "Timeline with no events."
        }
        let categories = OrdinalScale(keys: sorted.map(\.category).filter { !$0.isEmpty }).domain
        var text = "Timeline of \(Describe.count(sorted.count, "event")) from \(first.start.monthYear) to \((last.end ?? last.start).monthYear)"
        text += categories.isEmpty ? "." : " in \(Describe.count(categories.count, "category", "categories")): \(Describe.list(categories))."
        text += " First: \(first.label) (\(first.start.monthYear))."
        if sorted.count > 1 { text += " Latest: \(last.label) (\((last.end ?? last.start).monthYear))." }
        return text
    }

    /// One row per event in date order: start, end (or empty), label and category.
    var table: ChartTable {
        ChartTable(caption: title, columns: ["Date", "End", "Event", "Category"],
                   rows: sorted.map { [$0.start.iso, $0.end?.iso ?? "", $0.label, $0.category] })
    }
}
