/// Circles: scatter points, line vertices, estimates on a range, timeline events.
struct DotMark: Mark {
    /// One dot with an optional tooltip.
    struct Dot: Sendable {
        var center: PixelPoint
        var className: String
        var title: String? = nil
    }

    var dots: [Dot]
    var radius: Double = 4
}

extension DotMark {
    /// Dots at `(x, y)` data values through two scales.
    static func bound(_ values: [(x: Double, y: Double, className: String, title: String?)],
                      x: any PositionScale, y: any PositionScale, radius: Double) -> DotMark {
        DotMark(dots: values.map {
            Dot(center: PixelPoint(x: x($0.x), y: y($0.y)), className: $0.className, title: $0.title)
        }, radius: radius)
    }

    /// The square around a dot, for collision checks.
    func bounds(of dot: Dot) -> Rect {
        Rect(x: dot.center.x - radius, y: dot.center.y - radius, width: 2 * radius, height: 2 * radius)
    }

    func render(into svg: inout SVGWriter) {
        guard !dots.isEmpty else { return }
        svg.open("g", [("stroke-width", "1.5")])
        for dot in dots {
            svg.element("circle", [("cx", dot.center.x.svg), ("cy", dot.center.y.svg), ("r", radius.svg),
                                   ("class", dot.className)], title: dot.title)
        }
        svg.close("g")
    }
}
