import Foundation

/// Warns where a figure's number is not stated in its own excerpt, so that a changed value
/// ("148" → "150") cannot pass silently. Figures marked `derived`, and figures without an
/// excerpt, are not checked.
enum ExcerptValueCheck {
    /// Unit changes an excerpt may be written in (TB ↔ GB, PFLOPS ↔ TFLOPS, kW ↔ W).
    static let unitFactors: [Double] = [1, 1e3, 1e-3]

    static func run(_ figures: [CitedFigure]) -> [Diagnostic] {
        figures.compactMap { cited in
            let figure = cited.figure
            guard !figure.derived, let excerpt = figure.excerpt, let number = figure.number,
                  !states(number, unit: figure.unit, in: excerpt) else { return nil }
            return .warning(
                "value \(format(number)) is not stated in its excerpt (mark it `derived: true` if it is arithmetic)",
                at: figure.location)
        }
    }

    /// True when `excerpt` states `value` (in `unit`), after normalising separators, units and scale words.
    static func states(_ value: Double, unit: Unit?, in excerpt: String) -> Bool {
        let magnitude = abs(value)
        let unitScale = unit?.scale.factor ?? 1
        return ExcerptNumbers.readings(in: excerpt).contains { reading in
            unitFactors.contains { factor in
                matches(magnitude, stated: reading.number * reading.scale * factor / unitScale)
                    || (reading.scale == 1 && matches(magnitude, stated: reading.number * factor))
            }
        }
    }

    /// `value` is `stated`, or `stated` rounded to the decimals `value` is written with, when
    /// `value` keeps at least three significant digits (1.174 for "117,446.44万", 5.05 for "5.054").
    static func matches(_ value: Double, stated: Double) -> Bool {
        if abs(value - stated) <= 1e-9 * max(1, abs(value)) { return true }
        let decimals = (0...6).first { abs(rounded(value, $0) - value) <= 1e-9 * max(1, abs(value)) } ?? 6
        guard significantDigits(value, decimals: decimals) >= 3 else { return false }
        return abs(rounded(stated, decimals) - value) <= 1e-9 * max(1, abs(value))
    }

    private static func rounded(_ number: Double, _ decimals: Int) -> Double {
        let power = pow(10, Double(decimals))
        return (number * power).rounded() / power
    }

    private static func significantDigits(_ value: Double, decimals: Int) -> Int {
        guard value > 0 else { return 0 }
        let integerDigits = value >= 1 ? Int(log10(value).rounded(.down)) + 1 : 0
        let leadingZeros = value >= 1 ? 0 : Int((-log10(value)).rounded(.down))
        return integerDigits + decimals - leadingZeros
    }

    private static func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }
}
