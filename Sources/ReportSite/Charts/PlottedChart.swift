import ReportCharts

/// A drawn chart and the sources of the figures it plots.
struct PlottedChart {
    let chart: Chart
    let title: String
    let caption: String
    /// Source ids of every plotted figure, in first-use order.
    let sources: [String]
    /// Every figure plotted, with the label of the bar, point or row it belongs to.
    let figures: [PlottedFigure]
    /// Whether some plotted value is the midpoint of disagreeing estimates.
    let usesMidpoints: Bool
}
