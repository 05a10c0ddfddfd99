import ReportModel

/// Ratios of a chip's specs to the reference chip's, where both are known in comparable units.
enum Comparison {
    /// `0.68×`, `0.9–1.3×` when either side is disputed, nil when not comparable.
    static func ratioText(_ field: Field?, to reference: Field?) -> String? {
        guard let range = normalisedRange(field), let referenceRange = normalisedRange(reference),
              range.unit == referenceRange.unit, referenceRange.low > 0, referenceRange.high > 0
        else { return nil }
        let low = range.low / referenceRange.high, high = range.high / referenceRange.low
        let lowText = ratio(low), highText = ratio(high)
        return lowText == highText ? lowText + "×" : lowText + "–" + highText + "×"
    }

    private static func ratio(_ value: Double) -> String {
        NumberText.decimal(value, maxDecimals: value < 10 ? 2 : 1)
    }

    /// Low and high in a common unit: TFLOPS for compute, GB for memory, GB/s for bandwidth, W.
    static func normalisedRange(_ field: Field?) -> (unit: Unit.Base, low: Double, high: Double)? {
        guard let figures = field?.figures, !figures.isEmpty else { return nil }
        var values: [Double] = []
        var base: Unit.Base?
        for figure in figures {
            guard let number = figure.number, let unit = figure.unit else { return nil }
            let (commonBase, factor) = common(unit)
            if let base, base != commonBase { return nil }
            base = commonBase
            values.append(number * factor)
        }
        guard let base, let low = values.min(), let high = values.max() else { return nil }
        return (base, low, high)
    }

    private static func common(_ unit: Unit) -> (Unit.Base, Double) {
        switch unit.base {
        case .pflops: (.tflops, 1000 * unit.scale.factor)
        case .tb: (.gb, 1000)
        case .tbPerSecond: (.gbPerSecond, 1000)
        case .kilowatt: (.watt, 1000)
        default: (unit.base, unit.scale.factor)
        }
    }
}
