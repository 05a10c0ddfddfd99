/// Horizontal spans with rounded ends: date ranges on a timeline, low–high ranges.
struct IntervalMark: Mark {
    /// One span from `x1` to `x2`, centred on `y`.
    struct Interval: Sendable {
        var x1: Double
        var x2: Double
        var y: Double
        var className: String
        var title: String? = nil
    }

    var intervals: [Interval]
    var thickness: Double = 8
}

extension IntervalMark {
    /// Intervals between two dates on a time scale.
    static func dates(_ spans: [(start: ChartDate, end: ChartDate, y: Double, className: String, title: String?)],
                      x: TimeScale, thickness: Double) -> IntervalMark {
        IntervalMark(intervals: spans.map {
            Interval(x1: x($0.start), x2: x($0.end), y: $0.y, className: $0.className, title: $0.title)
        }, thickness: thickness)
    }

    func render(into svg: inout SVGWriter) {
        guard !intervals.isEmpty else { return }
        svg.open("g", [])
        for interval in intervals {
            let x = min(interval.x1, interval.x2)
            let width = max(thickness, abs(interval.x2 - interval.x1))
            svg.element("rect", [
                ("x", x.svg), ("y", (interval.y - thickness / 2).svg),
                ("width", width.svg), ("height", thickness.svg),
                ("rx", (thickness / 2).svg), ("class", interval.className),
            ], title: interval.title)
        }
        svg.close("g")
    }
}
