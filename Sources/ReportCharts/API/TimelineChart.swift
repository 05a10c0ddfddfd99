/// Dated events (points or ranges) along a time axis, coloured by category, each labelled
/// beside its mark, stacked into lanes so no label overlaps another or another event.
public struct TimelineChart: Sendable {
    /// One event: a single date, or a range when `end` is set.
    public struct Event: Sendable, Equatable {
        /// When the event happened or began.
        public var start: ChartDate
        /// When a ranged event ended, or `nil` for a single date.
        public var end: ChartDate?
        /// What happened.
        public var label: String
        /// A grouping shown by colour and in the legend.
        public var category: String

        /// Creates an event.
        public init(start: ChartDate, end: ChartDate? = nil, label: String, category: String = "") {
            self.start = start
            self.end = end
            self.label = label
            self.category = category
        }
    }

    /// The chart id; sanitised to `[a-z0-9-]`.
    public var id: String
    /// The accessible title.
    public var title: String
    /// The events, in any order.
    public var events: [Event]
    /// The canvas width in SVG units.
    public var width: Double
    /// The canvas height, or `nil` to size it from the number of lanes.
    public var height: Double?

    /// Creates a timeline.
    public init(id: String, title: String, events: [Event], width: Double = 440, height: Double? = nil) {
        self.id = id
        self.title = title
        self.events = events
        self.width = width
        self.height = height
    }
}
