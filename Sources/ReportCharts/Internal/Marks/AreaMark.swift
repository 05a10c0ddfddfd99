/// A filled band between a line and a baseline; `nil` points break it like `LineMark`.
struct AreaMark: Mark {
    var points: [PixelPoint?]
    var baseline: Double
    var className: String
    var opacity: Double = 0.15
}

extension AreaMark {
    /// SVG path data: one closed shape per unbroken run of two or more points.
    var pathData: String {
        LineMark(points: points, className: className).runs.filter { $0.count > 1 }.map { run in
            let top = run.enumerated().map { ($0.offset == 0 ? "M" : "L") + $0.element.x.svg + "," + $0.element.y.svg }.joined()
            return top + "L\(run.last!.x.svg),\(baseline.svg)L\(run[0].x.svg),\(baseline.svg)Z"
        }.joined()
    }

    func render(into svg: inout SVGWriter) {
        let data = pathData
        guard !data.isEmpty else { return }
        svg.element("path", [("d", data), ("class", className), ("fill-opacity", opacity.svg)])
    }
}
