/// The estimates of one figure whose sources disagree: one row per source with a dot at its
/// estimate, the low–high span shaded behind them.
public struct RangeChart: Sendable {
    /// One source's estimate.
    public struct Estimate: Sendable, Equatable {
        /// The source, e.g. a publication.
        public var label: String
        /// The estimated value.
        public var value: Double

        /// Creates an estimate.
        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    /// The chart id; sanitised to `[a-z0-9-]`.
    public var id: String
    /// The accessible title.
    public var title: String
    /// The estimates, in any order.
    public var estimates: [Estimate]
    /// How values are written.
    public var format: ValueFormat
    /// The canvas width in SVG units.
    public var width: Double
    /// The canvas height, or `nil` to size it from the number of rows.
    public var height: Double?

    /// Creates a range chart.
    public init(id: String, title: String, estimates: [Estimate], format: ValueFormat = .number(),
                width: Double = 440, height: Double? = nil) {
        self.id = id
        self.title = title
        self.estimates = estimates
        self.format = format
        self.width = width
        self.height = height
    }
}
