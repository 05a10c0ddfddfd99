import Foundation

public extension ValueFormat {
    /// Writes `value` in this format, e.g. `2,250 TFLOPS`, `$18B`, `25%`.
    ///
    /// A number of at least 1,000 of a unit with a larger sibling is written in that sibling
    /// (`49,200 GB` → `49.2 TB`, `559,000 W` → `559 kW`; compute from 10,000: `300,000 TFLOPS` →
    /// `300 PFLOPS`, `1,979 TFLOPS` stays), with three more decimals per step so no digit the
    /// value had is lost. Formats with fixed `decimals` keep their unit.
    func format(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        let natural = naturalUnit(for: value)
        guard natural.rungs > 0 else { return withUnit(body(value, decimals: decimals)) }
        let places = min(12, Self.autoPlaces(value) + 3 * natural.rungs)
        let number = NumberText.fixed(value / natural.factor, decimals: places, grouping: true, trim: true)
        return number + " " + natural.symbol
    }

    /// Writes `value` for a data table: like `format`, but with every digit the value has
    /// (`$2.77B`, not `$2.8B`; `12.35%`), so two different figures never read the same.
    func exact(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        guard decimals == nil else { return format(value) }
        switch style {
        case .number:
            let natural = naturalUnit(for: value)
            let places = Self.exactPlaces([value / natural.factor])
            let number = NumberText.fixed(value / natural.factor, decimals: places, grouping: true, trim: true)
            return natural.rungs > 0 ? number + " " + natural.symbol : withUnit(number)
        case .ratio:
            return NumberText.fixed(value, decimals: max(2, Self.exactPlaces([value])), grouping: true, trim: true) + "×"
        case .percent:
            return NumberText.fixed(value * 100, decimals: Self.exactPlaces([value * 100]), grouping: true, trim: true) + "%"
        case .abbreviated:
            return signed(value) { magnitude in
                let prefix = SIPrefix.for(magnitude)
                let scaled = magnitude / prefix.factor
                return NumberText.fixed(scaled, decimals: Self.exactPlaces([scaled]), grouping: true, trim: true) + prefix.symbol
            }
        }
    }
}

extension ValueFormat {
    /// Labels for evenly spaced ticks: one shared precision (and prefix), no unit
    /// for plain numbers because the axis label carries it.
    func tickLabels(_ ticks: [Double]) -> [String] {
        let step = ticks.count > 1 ? abs(ticks[1] - ticks[0]) : abs(ticks.first ?? 1)
        switch style {
        case .number:
            let natural = naturalUnit(forTicks: ticks)
            let scaled = ticks.map { $0 / natural.factor }
            let places = decimals ?? max(Self.places(forStep: step / natural.factor), Self.exactPlaces(scaled))
            return scaled.map { NumberText.fixed($0, decimals: places, grouping: true, trim: false) }
        case .ratio:
            return ticks.map { NumberText.fixed($0, decimals: Self.places(forStep: step), grouping: true, trim: false) + "×" }
        case .percent:
            return ticks.map { NumberText.fixed($0 * 100, decimals: Self.places(forStep: step * 100), grouping: true, trim: false) + "%" }
        case .abbreviated:
            let largest = ticks.map(abs).max() ?? 0
            let prefix = SIPrefix.for(largest)
            let places = Self.places(forStep: step / prefix.factor)
            return ticks.map { tick in
                guard tick != 0 else { return withUnit(prefix.symbol.isEmpty ? signed(0) { _ in NumberText.fixed(0, decimals: places, grouping: false, trim: false) } : self.prefix + "0") }
                return withUnit(signed(tick) { NumberText.fixed($0 / prefix.factor, decimals: places, grouping: true, trim: false) + prefix.symbol })
            }
        }
    }

    /// The unit to print once beside an axis with these ticks (empty when the ticks carry it);
    /// the larger sibling unit when `tickLabels` switched to it.
    func axisUnit(_ ticks: [Double]) -> String {
        switch style {
        case .number: return naturalUnit(forTicks: ticks).symbol
        case .abbreviated: return unit
        case .percent, .ratio: return ""
        }
    }

    /// The unit for a whole axis: the larger sibling only when every non-zero tick is at least
    /// one of it (`0, 2,000, 4,000 GB/s` → `0, 2, 4 TB/s`), so a log axis from 10 to
    /// 10,000 TFLOPS does not turn into `0.01 … 10 PFLOPS`.
    func naturalUnit(forTicks ticks: [Double]) -> (symbol: String, factor: Double, rungs: Int) {
        naturalUnit(for: ticks.map(abs).filter { $0 > 0 }.min() ?? 0)
    }

    /// The unit `value` is best written in, and what to divide by; `unit` itself for formats
    /// that are not plain numbers or that fix their decimals.
    func naturalUnit(for value: Double) -> (symbol: String, factor: Double, rungs: Int) {
        guard style == .number, decimals == nil else { return (unit, 1, 0) }
        return UnitLadder.natural(for: value, in: unit)
    }

    /// The fewest decimals (up to 6) that write every value exactly, e.g. 1 for 2.5.
    static func exactPlaces(_ values: [Double]) -> Int {
        (0...6).first { places in
            let scale = pow(10, Double(places))
            return values.allSatisfy { abs(($0 * scale).rounded() - $0 * scale) < 1e-6 * max(1, abs($0 * scale)) }
        } ?? 6
    }

    /// Decimals enough to tell ticks `step` apart (d3's `precisionFixed`).
    static func places(forStep step: Double) -> Int {
        guard step.isFinite, step > 0 else { return 0 }
        return max(0, min(12, Int(-(log10(step) + 1e-9).rounded(.down))))
    }
}

private extension ValueFormat {
    func body(_ value: Double, decimals: Int?) -> String {
        switch style {
        case .number:
            return NumberText.fixed(value, decimals: decimals ?? Self.autoPlaces(value), grouping: true, trim: decimals == nil)
        case .ratio:
            return NumberText.fixed(value, decimals: decimals ?? 2, grouping: true, trim: decimals == nil) + "×"
        case .percent:
            return NumberText.fixed(value * 100, decimals: decimals ?? 1, grouping: true, trim: decimals == nil) + "%"
        case .abbreviated:
            return signed(value) { abbreviated($0) }
        }
    }

    func abbreviated(_ magnitude: Double) -> String {
        let prefix = SIPrefix.for(magnitude)
        let scaled = magnitude / prefix.factor
        let places = decimals ?? (scaled >= 100 ? 0 : 1)
        return NumberText.fixed(scaled, decimals: places, grouping: true, trim: decimals == nil) + prefix.symbol
    }

    /// Writes the sign before the currency symbol: `−$5B`.
    func signed(_ value: Double, _ magnitude: (Double) -> String) -> String {
        let text = magnitude(abs(value))
        let isZero = !text.contains { $0.isNumber && $0 != "0" }
        return (value < 0 && !isZero ? "−" : "") + prefix + text
    }

    func withUnit(_ text: String) -> String {
        unit.isEmpty ? text : text + " " + unit
    }

    static func autoPlaces(_ value: Double) -> Int {
        let magnitude = abs(value)
        if magnitude >= 1000 { return 0 }
        if magnitude >= 1 { return 2 }
        return 3
    }
}
