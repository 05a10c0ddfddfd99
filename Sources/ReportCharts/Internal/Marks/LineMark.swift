/// A polyline through points; `nil` points (missing values) break it into pieces.
struct LineMark: Mark {
    var points: [PixelPoint?]
    var className: String
    var strokeWidth: Double = 2
    var dash: String = ""
    var title: String? = nil
}

extension LineMark {
    /// The unbroken runs of points.
    var runs: [[PixelPoint]] {
        points.split(separator: nil, omittingEmptySubsequences: true).map { $0.compactMap { $0 } }
    }

    /// Points that have no neighbour in their run, and so draw nothing as a line.
    var isolatedPoints: [PixelPoint] {
        runs.filter { $0.count == 1 }.map { $0[0] }
    }

    /// SVG path data: `M` at the start of each run, `L` between points.
    var pathData: String {
        runs.filter { $0.count > 1 }.map { run in
            run.enumerated().map { ($0.offset == 0 ? "M" : "L") + $0.element.x.svg + "," + $0.element.y.svg }.joined()
        }.joined()
    }

    func render(into svg: inout SVGWriter) {
        let data = pathData
        guard !data.isEmpty else { return }
        var attributes: SVGWriter.Attributes = [
            ("d", data), ("class", className), ("fill", "none"), ("stroke-width", strokeWidth.svg),
            ("stroke-linejoin", "round"), ("stroke-linecap", "round"),
        ]
        if !dash.isEmpty { attributes.append(("stroke-dasharray", dash)) }
        svg.element("path", attributes, title: title)
    }
}
