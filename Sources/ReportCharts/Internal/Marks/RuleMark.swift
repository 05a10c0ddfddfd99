/// Straight line segments sharing a class and stroke: axes, grids, reference lines, leaders.
struct RuleMark: Mark {
    /// One segment.
    struct Segment: Sendable {
        var x1: Double
        var y1: Double
        var x2: Double
        var y2: Double
    }

    var segments: [Segment]
    var className: String
    var strokeWidth: Double = 1
    var dash: String = ""
}

extension RuleMark {
    /// Vertical rules at each x from `y1` to `y2`.
    static func vertical(at xs: [Double], from y1: Double, to y2: Double, className: String,
                         strokeWidth: Double = 1, dash: String = "") -> RuleMark {
        RuleMark(segments: xs.map { Segment(x1: $0, y1: y1, x2: $0, y2: y2) },
                 className: className, strokeWidth: strokeWidth, dash: dash)
    }

    /// Horizontal rules at each y from `x1` to `x2`.
    static func horizontal(at ys: [Double], from x1: Double, to x2: Double, className: String,
                           strokeWidth: Double = 1, dash: String = "") -> RuleMark {
        RuleMark(segments: ys.map { Segment(x1: x1, y1: $0, x2: x2, y2: $0) },
                 className: className, strokeWidth: strokeWidth, dash: dash)
    }

    func render(into svg: inout SVGWriter) {
        guard !segments.isEmpty else { return }
        var group: SVGWriter.Attributes = [("class", className), ("stroke-width", strokeWidth.svg)]
        if !dash.isEmpty { group.append(("stroke-dasharray", dash)) }
        svg.open("g", group)
        for s in segments {
            svg.element("line", [("x1", s.x1.svg), ("y1", s.y1.svg), ("x2", s.x2.svg), ("y2", s.y2.svg)])
        }
        svg.close("g")
    }
}
