/// A continuous scale from data values to pixels.
protocol PositionScale: Sendable {
    /// The pixel position of `value`.
    func callAsFunction(_ value: Double) -> Double
    /// Round values to label, in the domain's direction.
    func ticks(_ count: Double) -> [Double]
    /// A copy mapping onto `start...end`.
    func withRange(_ start: Double, _ end: Double) -> Self
}
