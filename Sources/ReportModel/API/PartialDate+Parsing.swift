extension PartialDate {
    /// Parses the forms Data/ allows; nil for anything else, including impossible dates
    /// such as `2025-02-30` or `2025-13`.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let yearText = parts.first, yearText.count == 4, let year = Int(yearText), year >= 1900, year <= 2100
        else { return nil }
        switch parts.count {
        case 1:
            self.init(year: year)
        case 2:
            guard let precision = Self.precision(ofPeriod: parts[1]) else { return nil }
            self.init(year: year, precision: precision)
        case 3:
            guard parts[1].count == 2, parts[2].count == 2, let month = Int(parts[1]), let day = Int(parts[2]),
                  (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year)
            else { return nil }
            self.init(year: year, precision: .day(month, day))
        default:
            return nil
        }
    }

    /// Days in a month of the Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func precision(ofPeriod text: String) -> Precision? {
        if text.count == 2, let number = Int(text.dropFirst()) {
            if text.first == "Q", (1...4).contains(number) { return .quarter(number) }
            if text.first == "H", (1...2).contains(number) { return .half(number) }
        }
        guard text.count == 2, let month = Int(text), (1...12).contains(month) else { return nil }
        return .month(month)
    }
}
