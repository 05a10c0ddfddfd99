/// Why a chart could not be drawn. Every case names the chart and the reasons.
public enum ChartError: Error, Equatable, Sendable {
    /// There is nothing to plot (no items, or no finite values).
    case noData(chart: String)
    /// Some inputs are unusable; every problem found is listed.
    case invalidData(chart: String, problems: [String])
    /// The requested canvas is too small or not finite.
    case invalidSize(chart: String, width: Double, height: Double)
}

extension ChartError: CustomStringConvertible {
    /// One line per problem, each in the form `chart 'ID': error: REASON`.
    public var description: String {
        switch self {
        case let .noData(chart):
            return "chart '\(chart)': error: no data to plot"
        case let .invalidData(chart, problems):
            return problems.map { "chart '\(chart)': error: \($0)" }.joined(separator: "\n")
        case let .invalidSize(chart, width, height):
            return "chart '\(chart)': error: canvas \(width)×\(height) is too small (minimum 200×120)"
        }
    }
}
