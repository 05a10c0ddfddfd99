/// A civil date in the proleptic Gregorian calendar (UTC), without a time of day.
public struct ChartDate: Sendable, Hashable {
    /// The year, e.g. 2024.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int
    /// The day of the month, 1 to 31.
    public let day: Int

    /// Creates a date; invalid dates are reported by the chart that uses them.
    public init(year: Int, month: Int, day: Int = 1) {
        self.year = year
        self.month = month
        self.day = day
    }
}

extension ChartDate: Comparable {
    /// Orders dates chronologically.
    public static func < (lhs: ChartDate, rhs: ChartDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
