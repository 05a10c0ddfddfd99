/// A linear scale over dates, measured in days since 1970-01-01 (UTC, proleptic Gregorian).
struct TimeScale: PositionScale, Equatable {
    var domain: (Double, Double)
    var range: (Double, Double)

    init(domain: (ChartDate, ChartDate), range: (Double, Double) = (0, 1)) {
        self.domain = (Double(domain.0.dayNumber), Double(domain.1.dayNumber))
        self.range = range
    }

    static func == (lhs: TimeScale, rhs: TimeScale) -> Bool {
        lhs.domain == rhs.domain && lhs.range == rhs.range
    }
}

extension TimeScale {
    /// The pixel position of a day number.
    func callAsFunction(_ day: Double) -> Double {
        LinearScale(domain: domain, range: range)(day)
    }

    /// The pixel position of a date.
    func callAsFunction(_ date: ChartDate) -> Double {
        self(Double(date.dayNumber))
    }

    /// A copy mapping onto `start...end`.
    func withRange(_ start: Double, _ end: Double) -> TimeScale {
        var copy = self
        copy.range = (start, end)
        return copy
    }

    /// Tick positions as day numbers.
    func ticks(_ count: Double) -> [Double] {
        dateTicks(count).map { Double($0.dayNumber) }
    }
}
