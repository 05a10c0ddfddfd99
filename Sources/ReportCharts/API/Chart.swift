/// A rendered chart: standalone SVG text plus the data behind it as a table.
public struct Chart: Sendable, Equatable {
    /// The sanitised chart id (`[a-z0-9-]`), also the root element's `id`.
    public let id: String
    /// The complete `<svg>` document, byte-stable for the same input.
    public let svg: String
    /// The chart's data as plain strings, for an accessible HTML table beside it.
    public let table: ChartTable
    /// A sentence or two describing what the chart shows; identical to the SVG's `<desc>`.
    public let summary: String

    /// Creates a chart from its parts.
    public init(id: String, svg: String, table: ChartTable, summary: String) {
        self.id = id
        self.svg = svg
        self.table = table
        self.summary = summary
    }
}
