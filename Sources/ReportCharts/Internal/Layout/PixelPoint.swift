/// A position in SVG user units.
struct PixelPoint: Sendable, Equatable {
    var x: Double
    var y: Double
}
