extension TimeScale {
    /// The calendar interval d3 would pick for about `count` ticks over the domain.
    func tickInterval(_ count: Double) -> TimeInterval {
        let span = abs(domain.1 - domain.0)
        let target = span / max(1, count)
        let ladder = TimeInterval.ladder
        guard let i = ladder.firstIndex(where: { $0.days > target }) else {
            let step = Ticks.tickStep(domain.0 / 365, domain.1 / 365, count: count)
            return .years(max(1, Int(abs(step).rounded())))
        }
        if i == 0 { return ladder[0].interval }
        let closer = target / ladder[i - 1].days < ladder[i].days / target ? i - 1 : i
        return ladder[closer].interval
    }

    /// Dates on the chosen interval's boundaries within the domain, in its direction.
    func dateTicks(_ count: Double) -> [ChartDate] {
        guard count > 0, domain.0.isFinite, domain.1.isFinite else { return [] }
        let interval = tickInterval(count)
        let low = min(domain.0, domain.1), high = max(domain.0, domain.1)
        var ticks: [ChartDate] = []
        var date = interval.ceiling(Int(low.rounded(.up)))
        while Double(date.dayNumber) <= high && ticks.count < 1000 {
            ticks.append(date)
            date = interval.next(date)
        }
        return domain.0 <= domain.1 ? ticks : ticks.reversed()
    }

    /// Labels for `ticks`: years alone; months with the year on January and the first tick;
    /// days with the month.
    func tickLabels(_ ticks: [ChartDate], interval: TimeInterval) -> [String] {
        ticks.enumerated().map { index, date in
            switch interval {
            case .years: return "\(date.year)"
            case .months: return index == 0 || date.month == 1 ? date.monthYear : date.monthName
            case .days, .week: return index == 0 || (date.month == 1 && date.day <= 7) ? date.long : "\(date.day) \(date.monthName)"
            }
        }
    }
}
