import ReportModel

/// A figure a chart plots, and the label of the bar, point or row it belongs to.
struct PlottedFigure: Sendable {
    let label: String
    let figure: Figure
}
