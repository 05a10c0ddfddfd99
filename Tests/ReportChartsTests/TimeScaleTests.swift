import Testing
@testable import ReportCharts

@Suite struct TimeScaleTests {
    func ticks(_ a: ChartDate, _ b: ChartDate, _ count: Double) -> [String] {
        TimeScale(domain: (a, b)).dateTicks(count).map(\.iso)
    }

    func date(_ y: Int, _ m: Int, _ d: Int = 1) -> ChartDate { ChartDate(year: y, month: m, day: d) }

    @Test func dayNumbersRoundTrip() {
        #expect(date(1970, 1, 1).dayNumber == 0)
        #expect(date(1969, 12, 31).dayNumber == -1)
        #expect(date(2000, 3, 1).dayNumber == 11017)
        #expect(date(2024, 3, 1).dayNumber == 19783)
        for day in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(ChartDate(dayNumber: day).dayNumber == day)
        }
        #expect(ChartDate(dayNumber: 19783) == date(2024, 3, 1))
    }

    @Test func validity() {
        #expect(date(2024, 2, 29).isValid)
        #expect(!date(2023, 2, 29).isValid)
        #expect(!date(1900, 2, 29).isValid)
        #expect(date(2000, 2, 29).isValid)
        #expect(!date(2024, 13, 1).isValid)
        #expect(!date(2024, 4, 31).isValid)
    }

    @Test func yearTicks() {
        #expect(ticks(date(2020, 1), date(2025, 1), 5) == ["2020-01-01", "2021-01-01", "2022-01-01", "2023-01-01", "2024-01-01", "2025-01-01"])
        #expect(ticks(date(2000, 1), date(2030, 1), 5) == ["2000-01-01", "2005-01-01", "2010-01-01", "2015-01-01", "2020-01-01", "2025-01-01", "2030-01-01"])
    }

    @Test func quarterTicks() {
        let s = TimeScale(domain: (date(2023, 1), date(2024, 1)))
        #expect(s.tickInterval(4) == .months(3))
        let dates = s.dateTicks(4)
        #expect(dates.map(\.iso) == ["2023-01-01", "2023-04-01", "2023-07-01", "2023-10-01", "2024-01-01"])
        #expect(s.tickLabels(dates, interval: .months(3)) == ["Jan 2023", "Apr", "Jul", "Oct", "Jan 2024"])
    }

    @Test func monthTicks() {
        #expect(ticks(date(2024, 1, 15), date(2024, 6, 20), 5) == ["2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01", "2024-06-01"])
    }

    @Test func weekTicksFallOnSundays() {
        #expect(ticks(date(2024, 3, 1), date(2024, 4, 15), 6)
            == ["2024-03-03", "2024-03-10", "2024-03-17", "2024-03-24", "2024-03-31", "2024-04-07", "2024-04-14"])
    }

    @Test func dayTicks() {
        #expect(ticks(date(2024, 3, 1), date(2024, 3, 11), 5) == ["2024-03-02", "2024-03-04", "2024-03-06", "2024-03-08", "2024-03-10"])
        #expect(ticks(date(2024, 3, 1), date(2024, 3, 4), 10) == ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04"])
    }

    @Test func reversedDomainGivesReversedTicks() {
        #expect(ticks(date(2025, 1), date(2020, 1), 5) == ticks(date(2020, 1), date(2025, 1), 5).reversed())
    }

    @Test func mapsDatesLinearly() {
        let s = TimeScale(domain: (date(2024, 1, 1), date(2024, 1, 11)), range: (0, 100))
        #expect(s(date(2024, 1, 6)) == 50)
    }
}
