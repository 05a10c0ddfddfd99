/// A chart declared in charts.yaml: what to plot; ReportSite draws it.
public struct ChartDeclaration: Sendable, Hashable, Identifiable {
    /// The presets a chart can use.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case rankedBars = "ranked-bars"
        case normalizedBars = "normalized-bars"
        case timeSeries = "time-series"
        case scatter
        case timeline
        case range
    }

    /// `[a-z0-9-]+`, unique; the file is `charts/ID.svg`.
    public let id: String
    /// Which preset.
    public let kind: Kind
    /// The chart's title (also its accessible name).
    public let title: String
    /// A sentence under the chart.
    public let caption: String
    /// The spec field plotted (ranked bars, range).
    public let field: SpecField?
    /// The spec fields plotted (normalised bars).
    public let fields: [SpecField]
    /// The chips plotted, in order; empty means every chip with the figure.
    public let chips: [String]
    /// The chip others are divided by (normalised bars); nil means the site's reference chip.
    public let reference: String?
    /// Series ids (time series).
    public let series: [String]
    /// Event ids (time-series annotations, timeline).
    public let events: [String]
    /// Event categories (timeline).
    public let categories: [Event.Category]
    /// Axes (scatter).
    public let x: SpecField?
    public let y: SpecField?
    /// Logarithmic axes (scatter).
    public let log: Bool
    /// The chip (range).
    public let chip: String?
    /// The metric (range).
    public let metric: String?
    /// Where the chart is declared.
    public let location: SourceLocation
}
