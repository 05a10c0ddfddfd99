/// Figures of one quantity over time, from a CSV file.
public struct Series: Sendable, Hashable, Identifiable {
    /// One row of the CSV.
    public struct Point: Sendable, Hashable {
        /// The period's label as written (`Q1 2025`, `FY2025`).
        public let period: String
        /// The date the row refers to, also for unknown values.
        public let asOf: PartialDate?
        /// The value, or unknown.
        public let field: Field
    }

    /// `[a-z0-9-]+`, unique.
    public let id: String
    /// What is measured.
    public let title: String
    /// The chip or vendor it is about.
    public let subject: String
    /// The unit of every point.
    public let unit: Unit
    /// The CSV file, relative to Data/.
    public let file: String
    /// Rows in file order.
    public let points: [Point]
    /// Where the series is declared.
    public let location: SourceLocation
}
