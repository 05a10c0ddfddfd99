/// The root `<svg>`: accessible name and description, scoped styles, background and marks.
///
/// Every `id` inside is the chart id or starts with `ID-`, and every CSS rule is scoped to the
/// root's class `rc-ID`, so several charts can be inlined in one HTML page without sharing an
/// id or restyling each other or the page.
struct ChartDocument: Sendable {
    var id: String
    var title: String
    var summary: String
    var width: Double
    var height: Double
    var marks: [any Mark]
    var fontSize: Double = Typography.fontSize
}

extension ChartDocument {
    /// The complete SVG text.
    var svg: String {
        var writer = SVGWriter()
        writer.open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("id", id),
            ("class", Stylesheet.className(id: id)),
            ("role", "img"),
            ("aria-labelledby", "\(id)-title \(id)-desc"),
            ("viewBox", "0 0 \(width.svg) \(height.svg)"),
            ("width", width.svg),
            ("height", height.svg),
            ("style", "max-width:100%;height:auto"),
            ("font-family", "system-ui,-apple-system,'Segoe UI','Noto Sans','Noto Sans CJK SC','PingFang SC',sans-serif"),
            ("font-size", fontSize.svg),
        ])
        writer.element("title", [("id", "\(id)-title")], text: title)
        writer.element("desc", [("id", "\(id)-desc")], text: summary)
        writer.element("style", [], text: Stylesheet.css(id: id))
        writer.element("rect", [("class", "bg"), ("width", width.svg), ("height", height.svg)])
        for mark in marks { mark.render(into: &writer) }
        writer.close("svg")
        return writer.output
    }
}
