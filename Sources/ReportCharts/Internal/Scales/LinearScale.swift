/// d3-scale's linear scale: a linear map from a numeric domain to a pixel range.
struct LinearScale: PositionScale, Equatable {
    var domain: (Double, Double)
    var range: (Double, Double)

    init(domain: (Double, Double), range: (Double, Double) = (0, 1)) {
        self.domain = domain
        self.range = range
    }

    static func == (lhs: LinearScale, rhs: LinearScale) -> Bool {
        lhs.domain == rhs.domain && lhs.range == rhs.range
    }
}

extension LinearScale {
    /// The pixel position of `value`; a degenerate domain maps to the middle of the range.
    func callAsFunction(_ value: Double) -> Double {
        let span = domain.1 - domain.0
        let t = span == 0 || !span.isFinite ? 0.5 : (value - domain.0) / span
        return range.0 + t * (range.1 - range.0)
    }

    /// d3's `linear.ticks(count)`.
    func ticks(_ count: Double = 10) -> [Double] {
        Ticks.ticks(domain.0, domain.1, count: count)
    }

    /// d3's `linear.nice(count)`: extends the domain to round values, iterating until
    /// the step is stable; the domain's direction is kept.
    func niced(_ count: Double = 10) -> LinearScale {
        var copy = self
        let reversed = domain.1 < domain.0
        var start = reversed ? domain.1 : domain.0
        var stop = reversed ? domain.0 : domain.1
        var previous: Double?
        for _ in 0..<10 {
            let step = Ticks.tickIncrement(start, stop, count: count)
            if step == previous { break }
            if step > 0 {
                start = (start / step).rounded(.down) * step
                stop = (stop / step).rounded(.up) * step
            } else if step < 0 {
                start = (start * step).rounded(.up) / step
                stop = (stop * step).rounded(.down) / step
            } else {
                break
            }
            previous = step
        }
        if start.isFinite && stop.isFinite {
            copy.domain = reversed ? (stop, start) : (start, stop)
        }
        return copy
    }
}

extension LinearScale {
    /// A copy mapping onto `start...end`.
    func withRange(_ start: Double, _ end: Double) -> LinearScale {
        var copy = self
        copy.range = (start, end)
        return copy
    }
}
