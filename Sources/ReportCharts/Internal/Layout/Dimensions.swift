/// The canvas size and the margins that frame the plot area.
struct Dimensions: Sendable, Equatable {
    var width: Double
    var height: Double
    var margins: Insets
}

extension Dimensions {
    /// The plot area inside the margins (never negative in size).
    var plot: Rect {
        Rect(x: margins.left, y: margins.top,
             width: max(1, width - margins.left - margins.right),
             height: max(1, height - margins.top - margins.bottom))
    }

    /// The whole canvas.
    var canvas: Rect { Rect(x: 0, y: 0, width: width, height: height) }
}
