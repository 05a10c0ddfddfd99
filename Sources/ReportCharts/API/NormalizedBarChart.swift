/// Grouped vertical bars comparing several specs across items, each spec divided by the
/// reference item's value so the reference is 1× (marked by a dashed rule).
public struct NormalizedBarChart: Sendable {
    /// One spec: a value per group, `nil` where unknown.
    public struct Series: Sendable, Equatable {
        /// The spec's name, e.g. `Memory bandwidth`.
        public var name: String
        /// One value per group, in the order of `groups`.
        public var values: [Double?]
        /// How raw values are written in tooltips and the table.
        public var format: ValueFormat

        /// Creates a series.
        public init(name: String, values: [Double?], format: ValueFormat = .number()) {
            self.name = name
            self.values = values
            self.format = format
        }
    }

    /// The chart id; sanitised to `[a-z0-9-]`.
    public var id: String
    /// The accessible title.
    public var title: String
    /// The group every spec is divided by; must be one of `groups`.
    public var reference: String
    /// The category labels along the x axis, e.g. chip names.
    public var groups: [String]
    /// The specs, one bar per group each.
    public var series: [Series]
    /// The table's header for the group column.
    public var groupHeading: String
    /// The canvas width in SVG units.
    public var width: Double
    /// The canvas height in SVG units.
    public var height: Double

    /// Creates a normalised grouped bar chart.
    public init(id: String, title: String, reference: String, groups: [String], series: [Series],
                groupHeading: String = "Item", width: Double = 440, height: Double = 320) {
        self.id = id
        self.title = title
        self.reference = reference
        self.groups = groups
        self.series = series
        self.groupHeading = groupHeading
        self.width = width
        self.height = height
    }
}
