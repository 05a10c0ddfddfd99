import Foundation
import ReportModel

/// Locale-free number and date text, so output is the same on every machine.
enum NumberText {
    /// `1,979`, `989.4`, `0.614`, `-5.5`: up to three decimals, trailing zeros dropped,
    /// thousands grouped.
    static func decimal(_ value: Double, maxDecimals: Int = 3) -> String {
        guard value.isFinite else { return "unknown" }
        let scale = pow10(maxDecimals)
        let rounded = (abs(value) * scale).rounded()
        // Int64 ends near 9.2e18; from 2^53 (about 9e15) on, a Double has no fraction left to show.
        guard rounded < 9e15 else { return (value < 0 ? "-" : "") + grouped(wholeDigits(abs(value))) }
        let whole = Int64(rounded / scale)
        var fraction = Int64(rounded) - whole * Int64(scale)
        var digits = maxDecimals
        while digits > 0, fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        var text = grouped(whole)
        if digits > 0 {
            let fractionText = String(fraction)
            text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
        }
        return (value < 0 && rounded > 0 ? "-" : "") + text
    }

    /// `1,234,567`.
    static func grouped(_ number: Int64) -> String {
        grouped(String(number))
    }

    /// A string of digits, grouped by three.
    static func grouped(_ number: String) -> String {
        let digits = Array(number)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return text
    }

    /// The exact digits of a whole, finite, non-negative value of any size (`1e20` → `100000000000000000000`).
    private static func wholeDigits(_ value: Double) -> String {
        String(format: "%.0f", value.rounded())
    }

    private static func pow10(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }
}

extension ReportModel.Unit {
    /// A value in this unit as a reader expects it: `148 TFLOPS`, `$8 billion`,
    /// `RMB 57.3 billion`, `15%`, `42.3×`, `1.5 million`.
    func format(_ value: Double) -> String {
        let number = NumberText.decimal(value)
        let scaleWord = scale == .one ? "" : " \(scale.rawValue)"
        switch base {
        case .usd: return (value < 0 ? "−$" : "$") + NumberText.decimal(abs(value)) + scaleWord
        case .cny: return (value < 0 ? "−RMB " : "RMB ") + NumberText.decimal(abs(value)) + scaleWord
        case .percent: return number + "%"
        case .multiple: return number + "×"
        case .count: return Self.countText(value)
        default:
            // The larger unit where the value reaches it (49,200 GB is 49.2 TB), keeping every digit.
            let natural = natural(value)
            return NumberText.decimal(natural.value, maxDecimals: 3 + natural.decimalShift) + " " + natural.symbol
        }
    }

    private static func countText(_ value: Double) -> String {
        let magnitude = abs(value)
        if magnitude >= 1e9 { return NumberText.decimal(value / 1e9) + " billion" }
        if magnitude >= 1e6 { return NumberText.decimal(value / 1e6) + " million" }
        return NumberText.decimal(value)
    }
}

extension PartialDate {
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// `15 July 2025`, `July 2025`, `Q3 2025`, `H1 2025`, `2025`.
    var text: String {
        switch precision {
        case .year: String(year)
        case .half(let half): "H\(half) \(year)"
        case .quarter(let quarter): "Q\(quarter) \(year)"
        case .month(let month): "\(Self.monthNames[month - 1]) \(year)"
        case .day(let month, let day): "\(day) \(Self.monthNames[month - 1]) \(year)"
        }
    }
}
