/// A date known to a year, a half, a quarter, a month or a day: `2024`, `2025-H1`, `2025-Q3`,
/// `2024-02`, `2024-02-15`.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How precisely the date is known.
    public enum Precision: Sendable, Hashable {
        case year, half(Int), quarter(Int), month(Int), day(Int, Int)
    }

    /// The year.
    public let year: Int
    /// The part of the year known.
    public let precision: Precision

    /// Creates a date; use `init?(parsing:)` for text.
    public init(year: Int, precision: Precision = .year) {
        self.year = year
        self.precision = precision
    }

    /// The first month the date covers (1–12).
    public var firstMonth: Int {
        switch precision {
        case .year: 1
        case .half(let half): half == 1 ? 1 : 7
        case .quarter(let quarter): (quarter - 1) * 3 + 1
        case .month(let month), .day(let month, _): month
        }
    }

    /// The day of the month, or 1 when the day is not known.
    public var firstDay: Int {
        if case .day(_, let day) = precision { return day }
        return 1
    }

    /// The day of the month when it is known.
    public var day: Int? {
        if case .day(_, let day) = precision { return day }
        return nil
    }

    /// As written in Data/.
    public var description: String {
        switch precision {
        case .year: String(year)
        case .half(let half): "\(year)-H\(half)"
        case .quarter(let quarter): "\(year)-Q\(quarter)"
        case .month(let month): "\(year)-\(Self.twoDigits(month))"
        case .day(let month, let day): "\(year)-\(Self.twoDigits(month))-\(Self.twoDigits(day))"
        }
    }

    /// Earlier start first; at the same start the less precise first.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.firstMonth, lhs.firstDay, lhs.rank) < (rhs.year, rhs.firstMonth, rhs.firstDay, rhs.rank)
    }

    static func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }

    private var rank: Int {
        switch precision {
        case .year: 0
        case .half: 1
        case .quarter: 2
        case .month: 3
        case .day: 4
        }
    }
}
