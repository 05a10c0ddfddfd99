/// Rectangles: ranked, grouped or stacked bars, and legend swatches.
struct BarMark: Mark {
    /// One bar, with an optional tooltip.
    struct Bar: Sendable {
        var rect: Rect
        var className: String
        var title: String? = nil
    }

    var bars: [Bar]
    var cornerRadius: Double = 0
}

extension BarMark {
    /// Horizontal bars on a band scale (rows) and a value scale (columns) from `base`.
    static func horizontal(values: [(key: String, value: Double, className: String, title: String?)],
                           band: BandScale, x: LinearScale, base: Double = 0) -> BarMark {
        BarMark(bars: values.compactMap { item in
            guard let y = band(item.key) else { return nil }
            let x0 = x(base), x1 = x(item.value)
            return Bar(rect: Rect(x: min(x0, x1), y: y, width: abs(x1 - x0), height: band.bandwidth),
                       className: item.className, title: item.title)
        })
    }

    /// Vertical bars at `offset` within each band, from `base` up (or down) to the value.
    static func vertical(values: [(key: String, value: Double, className: String, title: String?)],
                         band: BandScale, y: LinearScale, offset: Double = 0, width: Double? = nil,
                         base: Double = 0) -> BarMark {
        BarMark(bars: values.compactMap { item in
            guard let x = band(item.key) else { return nil }
            let y0 = y(base), y1 = y(item.value)
            return Bar(rect: Rect(x: x + offset, y: min(y0, y1), width: width ?? band.bandwidth, height: abs(y1 - y0)),
                       className: item.className, title: item.title)
        })
    }

    /// Vertical bars stacked per band: each value starts where the previous one ended.
    static func stacked(values: [(key: String, value: Double, className: String, title: String?)],
                        band: BandScale, y: LinearScale) -> BarMark {
        var tops: [String: (positive: Double, negative: Double)] = [:]
        return BarMark(bars: values.compactMap { item in
            guard let x = band(item.key) else { return nil }
            let top = tops[item.key] ?? (0, 0)
            let start = item.value >= 0 ? top.positive : top.negative
            let end = start + item.value
            tops[item.key] = item.value >= 0 ? (end, top.negative) : (top.positive, end)
            let y0 = y(start), y1 = y(end)
            return Bar(rect: Rect(x: x, y: min(y0, y1), width: band.bandwidth, height: abs(y1 - y0)),
                       className: item.className, title: item.title)
        })
    }

    func render(into svg: inout SVGWriter) {
        guard !bars.isEmpty else { return }
        svg.open("g", [])
        for bar in bars {
            var attributes: SVGWriter.Attributes = [
                ("x", bar.rect.x.svg), ("y", bar.rect.y.svg),
                ("width", max(0, bar.rect.width).svg), ("height", max(0, bar.rect.height).svg),
                ("class", bar.className),
            ]
            if cornerRadius > 0 { attributes.append(("rx", cornerRadius.svg)) }
            svg.element("rect", attributes, title: bar.title)
        }
        svg.close("g")
    }
}
