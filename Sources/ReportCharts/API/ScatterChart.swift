/// Labelled points on two continuous axes (linear or logarithmic); labels are placed so they
/// overlap neither each other nor the points, with a leader line when moved away, and left
/// to the point's tooltip when nowhere fits.
public struct ScatterChart: Sendable {
    /// One labelled point.
    public struct Point: Sendable, Equatable {
        /// The point's name, e.g. `昇騰910C`.
        public var label: String
        /// The horizontal value.
        public var x: Double
        /// The vertical value.
        public var y: Double

        /// Creates a point.
        public init(label: String, x: Double, y: Double) {
            self.label = label
            self.x = x
            self.y = y
        }
    }

    /// The chart id; sanitised to `[a-z0-9-]`.
    public var id: String
    /// The accessible title.
    public var title: String
    /// The points; earlier points get first pick of label positions.
    public var points: [Point]
    /// What x measures, e.g. `Memory bandwidth`.
    public var xLabel: String
    /// What y measures, e.g. `Dense FP16`.
    public var yLabel: String
    /// How x values are written.
    public var xFormat: ValueFormat
    /// How y values are written.
    public var yFormat: ValueFormat
    /// Whether x uses a base-10 log scale (values must be positive).
    public var logX: Bool
    /// Whether y uses a base-10 log scale (values must be positive).
    public var logY: Bool
    /// The canvas width in SVG units.
    public var width: Double
    /// The canvas height in SVG units.
    public var height: Double

    /// Creates a scatter chart.
    public init(id: String, title: String, points: [Point], xLabel: String, yLabel: String,
                xFormat: ValueFormat = .number(), yFormat: ValueFormat = .number(),
                logX: Bool = false, logY: Bool = false, width: Double = 440, height: Double = 380) {
        self.id = id
        self.title = title
        self.points = points
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xFormat = xFormat
        self.yFormat = yFormat
        self.logX = logX
        self.logY = logY
        self.width = width
        self.height = height
    }
}
