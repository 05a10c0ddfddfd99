extension ChartDate: CustomStringConvertible {
    /// The ISO 8601 form, `YYYY-MM-DD`.
    public var description: String { iso }
}

extension ChartDate {
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `2024-03-05`.
    var iso: String {
        "\(year)-\(Self.twoDigits(month))-\(Self.twoDigits(day))"
    }

    /// `Mar`.
    var monthName: String { Self.monthNames[(month - 1 + 12) % 12] }

    /// `Mar 2024`.
    var monthYear: String { "\(monthName) \(year)" }

    /// `5 Mar 2024`.
    var long: String { "\(day) \(monthName) \(year)" }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 && value >= 0 ? "0\(value)" : "\(value)"
    }
}
