/// A calendar step for time ticks, after d3-time's UTC intervals.
enum TimeInterval: Sendable, Equatable {
    /// Every `n` days, on day numbers divisible by `n` (d3's `utcDay.every(n)`).
    case days(Int)
    /// Every Sunday (d3's `utcWeek`).
    case week
    /// Every `n` months, on months whose zero-based index is divisible by `n`.
    case months(Int)
    /// Every `n` years, on years divisible by `n`.
    case years(Int)
}

extension TimeInterval {
    /// d3's tick intervals from one day up, with their approximate lengths in days.
    static let ladder: [(interval: TimeInterval, days: Double)] = [
        (.days(1), 1), (.days(2), 2), (.week, 7), (.months(1), 30), (.months(3), 90), (.years(1), 365),
    ]

    /// Whether `date` falls on this interval's boundary.
    func contains(_ date: ChartDate) -> Bool {
        switch self {
        case let .days(n): return date.dayNumber.isMultiple(of: n)
        case .week: return (date.dayNumber + 4).isMultiple(of: 7)
        case let .months(n): return date.day == 1 && (date.month - 1).isMultiple(of: n)
        case let .years(n): return date.day == 1 && date.month == 1 && date.year.isMultiple(of: n)
        }
    }

    /// The first boundary at or after `day`.
    func ceiling(_ day: Int) -> ChartDate {
        switch self {
        case .days, .week:
            var d = day
            while !contains(ChartDate(dayNumber: d)) { d += 1 }
            return ChartDate(dayNumber: d)
        case let .months(n):
            let date = ChartDate(dayNumber: day)
            var index = date.year * 12 + date.month - 1 + (date.day > 1 ? 1 : 0)
            while !(index % 12).isMultiple(of: n) { index += 1 }
            return ChartDate(year: Self.floorDiv(index, 12), month: Self.mod(index, 12) + 1, day: 1)
        case let .years(n):
            let date = ChartDate(dayNumber: day)
            var year = date.year + (date.month > 1 || date.day > 1 ? 1 : 0)
            while !year.isMultiple(of: n) { year += 1 }
            return ChartDate(year: year, month: 1, day: 1)
        }
    }

    /// The next boundary after `date`.
    func next(_ date: ChartDate) -> ChartDate {
        switch self {
        case let .days(n): return ChartDate(dayNumber: date.dayNumber + n)
        case .week: return ChartDate(dayNumber: date.dayNumber + 7)
        case let .months(n):
            let index = date.year * 12 + date.month - 1 + n
            return ChartDate(year: Self.floorDiv(index, 12), month: Self.mod(index, 12) + 1, day: 1)
        case let .years(n): return ChartDate(year: date.year + n, month: 1, day: 1)
        }
    }

    private static func floorDiv(_ a: Int, _ b: Int) -> Int { (a - mod(a, b)) / b }
    private static func mod(_ a: Int, _ b: Int) -> Int { ((a % b) + b) % b }
}
