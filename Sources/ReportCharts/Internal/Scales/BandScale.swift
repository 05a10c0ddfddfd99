/// d3-scale's band scale: evenly spaced bands for discrete keys.
struct BandScale: Sendable, Equatable {
    var domain: [String]
    var range: (Double, Double)
    /// Fraction of the step left empty between bands, in [0, 1].
    var paddingInner: Double = 0
    /// Padding before the first and after the last band, in steps.
    var paddingOuter: Double = 0
    /// Where the outer space goes: 0 all after, 1 all before, 0.5 centred.
    var align: Double = 0.5
    /// Whether to round step, start and bandwidth to whole pixels.
    var round = false

    init(domain: [String], range: (Double, Double) = (0, 1)) {
        self.domain = domain
        self.range = range
    }

    static func == (lhs: BandScale, rhs: BandScale) -> Bool {
        lhs.domain == rhs.domain && lhs.range == rhs.range && lhs.paddingInner == rhs.paddingInner
            && lhs.paddingOuter == rhs.paddingOuter && lhs.align == rhs.align && lhs.round == rhs.round
    }
}

extension BandScale {
    /// Sets inner and outer padding together, like d3's `band.padding(p)`.
    func padding(_ value: Double) -> BandScale {
        var copy = self
        copy.paddingOuter = max(0, value)
        copy.paddingInner = min(1, max(0, value))
        return copy
    }

    /// The distance between the starts of adjacent bands.
    var step: Double { layout.step }

    /// The width of each band.
    var bandwidth: Double { layout.bandwidth }

    /// The start of `key`'s band, or `nil` if `key` is not in the domain.
    func callAsFunction(_ key: String) -> Double? {
        guard let index = domain.firstIndex(of: key) else { return nil }
        return position(at: index)
    }

    /// The start of the band at `index`.
    func position(at index: Int) -> Double {
        let layout = layout
        let i = layout.reverse ? domain.count - 1 - index : index
        return layout.start + layout.step * Double(i)
    }

    /// The centre of the band at `index`.
    func center(at index: Int) -> Double {
        position(at: index) + bandwidth / 2
    }
}

private extension BandScale {
    var layout: (start: Double, step: Double, bandwidth: Double, reverse: Bool) {
        let n = Double(domain.count)
        let inner = min(1, max(0, paddingInner)), outer = max(0, paddingOuter)
        let reverse = range.1 < range.0
        var start = reverse ? range.1 : range.0
        let stop = reverse ? range.0 : range.1
        var step = (stop - start) / max(1, n - inner + outer * 2)
        if round { step = step.rounded(.down) }
        start += (stop - start - step * (n - inner)) * min(1, max(0, align))
        var bandwidth = step * (1 - inner)
        if round {
            start = Ticks.jsRound(start)
            bandwidth = Ticks.jsRound(bandwidth)
        }
        return (start, step, bandwidth, reverse)
    }
}
