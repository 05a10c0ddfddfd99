/// A layer of graphics already bound to scales: it knows its pixel geometry and writes SVG.
protocol Mark: Sendable {
    /// Appends this mark's elements.
    func render(into svg: inout SVGWriter)
}
