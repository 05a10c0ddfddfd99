/// Horizontal bars sorted from largest to smallest, each labelled with its name and value;
/// one or more bars can be highlighted as a reference.
public struct RankedBarChart: Sendable {
    /// One bar.
    public struct Item: Sendable, Equatable {
        /// The bar's name, e.g. `昇騰910C`.
        public var label: String
        /// The bar's value.
        public var value: Double
        /// Whether to draw this bar in the accent colour.
        public var highlight: Bool

        /// Creates an item.
        public init(label: String, value: Double, highlight: Bool = false) {
            self.label = label
            self.value = value
            self.highlight = highlight
        }
    }

    /// The chart id; sanitised to `[a-z0-9-]`.
    public var id: String
    /// The accessible title.
    public var title: String
    /// The bars, in any order.
    public var items: [Item]
    /// How values are written.
    public var format: ValueFormat
    /// The canvas width in SVG units.
    public var width: Double
    /// The canvas height, or `nil` to size it from the number of bars.
    public var height: Double?

    /// Creates a ranked bar chart.
    public init(id: String, title: String, items: [Item], format: ValueFormat = .number(),
                width: Double = 440, height: Double? = nil) {
        self.id = id
        self.title = title
        self.items = items
        self.format = format
        self.width = width
        self.height = height
    }
}
