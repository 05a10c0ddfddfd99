import Foundation

/// Fixed-precision decimal text without locale dependence.
enum NumberText {
    /// `value` with `decimals` places, optional `,` grouping, trailing zeros trimmed if asked.
    /// Negative numbers use the minus sign `−`; a value that rounds to zero has no sign.
    static func fixed(_ value: Double, decimals: Int, grouping: Bool, trim: Bool) -> String {
        guard value.isFinite else { return "n/a" }
        let places = max(0, min(decimals, 12))
        let scale = pow(10, Double(places))
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return String(format: "%.3g", value) }
        let digits = String(Int(scaled))
        let padded = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
        var whole = String(padded.dropLast(places))
        var fraction = String(padded.suffix(places))
        if trim { while fraction.hasSuffix("0") { fraction.removeLast() } }
        if grouping { whole = grouped(whole) }
        let sign = value < 0 && scaled != 0 ? "−" : ""
        return sign + whole + (fraction.isEmpty ? "" : "." + fraction)
    }

    private static func grouped(_ digits: String) -> String {
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }
}
