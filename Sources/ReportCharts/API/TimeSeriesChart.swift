/// One or more lines over time; missing values break a line, and events are marked
/// by labelled vertical rules.
public struct TimeSeriesChart: Sendable {
    /// A value at a date; `nil` (or NaN) means unknown and breaks the line.
    public struct Point: Sendable, Equatable {
        /// When.
        public var date: ChartDate
        /// The value, or `nil` if missing.
        public var value: Double?

        /// Creates a point.
        public init(date: ChartDate, value: Double?) {
            self.date = date
            self.value = value
        }
    }

    /// A named line.
    public struct Series: Sendable, Equatable {
        /// The legend label.
        public var name: String
        /// The points, in any order.
        public var points: [Point]

        /// Creates a series.
        public init(name: String, points: [Point]) {
            self.name = name
            self.points = points
        }
    }

    /// A labelled vertical rule at a date.
    public struct Annotation: Sendable, Equatable {
        /// Where the rule goes.
        public var date: ChartDate
        /// The label above the plot.
        public var label: String

        /// Creates an annotation.
        public init(date: ChartDate, label: String) {
            self.date = date
            self.label = label
        }
    }

    /// The chart id; sanitised to `[a-z0-9-]`.
    public var id: String
    /// The accessible title.
    public var title: String
    /// The lines.
    public var series: [Series]
    /// Events marked on the time axis.
    public var annotations: [Annotation]
    /// How values are written.
    public var format: ValueFormat
    /// Whether the value axis starts at zero (recommended for amounts).
    public var includesZero: Bool
    /// The canvas width in SVG units.
    public var width: Double
    /// The canvas height in SVG units; taller when event labels need room above the plot.
    public var height: Double

    /// Creates a time-series chart.
    public init(id: String, title: String, series: [Series], annotations: [Annotation] = [],
                format: ValueFormat = .number(), includesZero: Bool = true,
                width: Double = 440, height: Double = 320) {
        self.id = id
        self.title = title
        self.series = series
        self.annotations = annotations
        self.format = format
        self.includesZero = includesZero
        self.width = width
        self.height = height
    }
}
