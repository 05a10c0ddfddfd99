import ReportCharts

/// A drawn chart and the sources of the figures it plots.
struct PlottedChart {
    let chart: Chart
    let title: String
    let caption: String
    /// Source ids of every plotted figure, in first-use order.
    let sources: [String]
    /// Whether some plotted value is the midpoint of disagreeing estimates.
    let usesMidpoints: Bool
}
