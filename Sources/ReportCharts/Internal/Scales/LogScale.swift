import Foundation

/// A base-10 logarithmic scale for strictly positive domains.
struct LogScale: PositionScale {
    var domain: (Double, Double)
    var range: (Double, Double)
}

extension LogScale {
    /// The pixel position of `value` (values ≤ 0 clamp to the domain's low end).
    func callAsFunction(_ value: Double) -> Double {
        let low = log10(domain.0), high = log10(domain.1)
        let v = value > 0 ? log10(value) : low
        let t = high == low ? 0.5 : (v - low) / (high - low)
        return range.0 + t * (range.1 - range.0)
    }

    /// A copy mapping onto `start...end`.
    func withRange(_ start: Double, _ end: Double) -> LogScale {
        LogScale(domain: domain, range: (start, end))
    }

    /// Extends the domain to whole powers of ten.
    func niced() -> LogScale {
        var copy = self
        let low = min(domain.0, domain.1), high = max(domain.0, domain.1)
        let niceLow = pow(10, log10(low).rounded(.down))
        let niceHigh = pow(10, log10(high).rounded(.up))
        let span = niceHigh == niceLow ? (niceLow, niceLow * 10) : (niceLow, niceHigh)
        copy.domain = domain.0 <= domain.1 ? span : (span.1, span.0)
        return copy
    }

    /// Powers of ten; with few decades also 2 and 5 times them; within one decade, linear ticks.
    func ticks(_ count: Double = 10) -> [Double] {
        let low = min(domain.0, domain.1), high = max(domain.0, domain.1)
        guard low > 0, high.isFinite, count > 0 else { return [] }
        let i = log10(low).rounded(.down), j = log10(high).rounded(.up)
        let ticks: [Double]
        if j - i <= 1 {
            ticks = Ticks.ticks(low, high, count: count)
        } else if j - i < count / 2 {
            ticks = multiples([1, 2, 5], from: i, to: j, within: low...high)
        } else {
            let every = max(1, (j - i) / count).rounded(.up)
            ticks = stride(from: i, through: j, by: every).map { pow(10, $0) }.filter { (low...high).contains($0) }
        }
        return domain.0 <= domain.1 ? ticks : ticks.reversed()
    }

    private func multiples(_ factors: [Double], from i: Double, to j: Double, within bounds: ClosedRange<Double>) -> [Double] {
        stride(from: i, through: j, by: 1).flatMap { power in
            factors.map { power < 0 ? $0 / pow(10, -power) : $0 * pow(10, power) }
        }
        .filter { bounds.contains($0) }
    }
}
