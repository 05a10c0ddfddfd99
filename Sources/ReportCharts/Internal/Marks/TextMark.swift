/// Text labels sharing a font size and class; wrapped labels use one `<tspan>` a line, and
/// a label may carry a tooltip in a `<title>`.
struct TextMark: Mark {
    /// Horizontal alignment relative to the label's x.
    enum Anchor: String, Sendable {
        case start, middle, end
    }

    /// One label: `y` is the baseline of the first line.
    struct Label: Sendable {
        var x: Double
        var y: Double
        var lines: [String]
        var anchor: Anchor = .start
        var title: String? = nil
        var className: String? = nil
    }

    var labels: [Label]
    var fontSize: Double = Typography.fontSize
    var className: String? = nil
    var isBold = false
    /// Draws a background-coloured outline behind glyphs so labels stay readable over lines.
    var hasHalo = false
}

extension TextMark {
    /// A mark with a single one-line label.
    init(_ text: String, x: Double, y: Double, anchor: Anchor = .start, fontSize: Double = Typography.fontSize,
         className: String? = nil, isBold: Bool = false) {
        self.init(labels: [Label(x: x, y: y, lines: [text], anchor: anchor)],
                  fontSize: fontSize, className: className, isBold: isBold)
    }

    /// The distance between baselines.
    var lineHeight: Double { (fontSize * 1.2).rounded() }

    func render(into svg: inout SVGWriter) {
        guard !labels.isEmpty else { return }
        var group: SVGWriter.Attributes = [("font-size", fontSize.svg)]
        if let className { group.append(("class", className)) }
        if isBold { group.append(("font-weight", "600")) }
        if hasHalo { group += [("class", "halo"), ("stroke-width", "3"), ("stroke-linejoin", "round"), ("paint-order", "stroke")] }
        svg.open("g", group.mergingClasses)
        for label in labels { render(label, into: &svg) }
        svg.close("g")
    }

    private func render(_ label: Label, into svg: inout SVGWriter) {
        var attributes: SVGWriter.Attributes = [("x", label.x.svg), ("y", label.y.svg)]
        if label.anchor != .start { attributes.append(("text-anchor", label.anchor.rawValue)) }
        if let className = label.className { attributes.append(("class", className)) }
        guard label.lines.count > 1 else {
            svg.element("text", attributes, text: label.lines.first ?? "", title: label.title)
            return
        }
        let head = "<text" + attributes.map { " \($0.0)=\"\($0.1.xmlEscaped)\"" }.joined() + ">"
        let title = label.title.map { "<title>\($0.xmlEscaped)</title>" } ?? ""
        let spans = label.lines.enumerated().map { index, line in
            "<tspan x=\"\(label.x.svg)\"\(index == 0 ? "" : " dy=\"\(lineHeight.svg)\"")>\(line.xmlEscaped)</tspan>"
        }.joined()
        svg.raw(head + title + spans + "</text>")
    }
}

extension Array where Element == (String, String) {
    /// Joins repeated `class` attributes into one.
    var mergingClasses: [(String, String)] {
        let classes = filter { $0.0 == "class" }.map(\.1)
        guard classes.count > 1 else { return self }
        var result = filter { $0.0 != "class" }
        result.append(("class", classes.joined(separator: " ")))
        return result
    }
}
