/// The data behind a chart as strings, ready to be rendered as an HTML table.
public struct ChartTable: Sendable, Equatable {
    /// A caption for the table, usually the chart's title.
    public let caption: String
    /// Column headers.
    public let columns: [String]
    /// Rows of cells; every row has `columns.count` cells.
    public let rows: [[String]]

    /// Creates a table.
    public init(caption: String, columns: [String], rows: [[String]]) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }
}
