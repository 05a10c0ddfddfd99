/// Margins around the plot area.
struct Insets: Sendable, Equatable {
    var top: Double
    var right: Double
    var bottom: Double
    var left: Double
}
