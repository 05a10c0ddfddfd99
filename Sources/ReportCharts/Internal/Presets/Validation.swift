/// Collects every problem with a chart's input, then throws them together.
struct Validation: Sendable {
    let chart: String
    private(set) var problems: [String] = []

    init(chart: String) {
        self.chart = chart
    }
}

extension Validation {
    /// Records `message` unless `condition` holds.
    mutating func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { problems.append(message()) }
    }

    /// Records a problem if `value` is NaN or infinite.
    mutating func requireFinite(_ value: Double, _ what: @autoclosure () -> String) {
        require(value.isFinite, "\(what()) is not a finite number")
    }

    /// Records a problem if `date` does not exist.
    mutating func requireValid(_ date: ChartDate, _ what: @autoclosure () -> String) {
        require(date.isValid, "\(what()) \(date.year)-\(date.month)-\(date.day) is not a valid date")
    }

    /// Throws `ChartError.invalidData` with every recorded problem, if any.
    func check() throws {
        if !problems.isEmpty { throw ChartError.invalidData(chart: chart, problems: problems) }
    }

    /// Throws `ChartError.invalidSize` unless the canvas is finite and at least 200×120.
    static func checkSize(chart: String, width: Double, height: Double?) throws {
        let h = height ?? 120
        guard width.isFinite, h.isFinite, width >= 200, h >= 120, width <= 10_000, h <= 10_000 else {
            throw ChartError.invalidSize(chart: chart, width: width, height: h)
        }
    }
}
