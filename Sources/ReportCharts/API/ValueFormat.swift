/// How numbers are written in labels, ticks, summaries and tables.
public struct ValueFormat: Sendable, Equatable {
    /// The notation behind a format.
    enum Style: Sendable, Equatable {
        /// Grouped digits, `2,250`.
        case number
        /// SI-style abbreviations, `1.2k`, `3.4M`, `5B`.
        case abbreviated
        /// A fraction written as a percentage, `0.25` → `25%`.
        case percent
        /// A multiple of a reference, `1.25×`.
        case ratio
    }

    let style: Style
    /// Written before the number, e.g. a currency symbol.
    let prefix: String
    /// Written after the number and a space, e.g. `TFLOPS`.
    let unit: String
    /// Fixed decimals, or `nil` for automatic precision.
    let decimals: Int?
}

public extension ValueFormat {
    /// Plain grouped numbers with an optional unit: `2,250 TFLOPS`.
    static func number(unit: String = "", decimals: Int? = nil) -> ValueFormat {
        ValueFormat(style: .number, prefix: "", unit: unit, decimals: decimals)
    }

    /// SI-style abbreviations with an optional unit: `1.2k`, `3.4M`, `5B`.
    static func si(unit: String = "") -> ValueFormat {
        ValueFormat(style: .abbreviated, prefix: "", unit: unit, decimals: nil)
    }

    /// Money with a symbol and abbreviations: `$18B`, `¥57.3B`.
    static func currency(symbol: String) -> ValueFormat {
        ValueFormat(style: .abbreviated, prefix: symbol, unit: "", decimals: nil)
    }

    /// A fraction shown as a percentage: `0.253` → `25.3%`.
    static let percent = ValueFormat(style: .percent, prefix: "", unit: "", decimals: nil)

    /// A multiple of a reference value: `1.25×`.
    static let ratio = ValueFormat(style: .ratio, prefix: "", unit: "", decimals: nil)

    /// Dense compute throughput: `989 TFLOPS`.
    static let tflops = number(unit: "TFLOPS")

    /// Memory bandwidth: `3.35 TB/s`.
    static let terabytesPerSecond = number(unit: "TB/s")

    /// Memory capacity: `96 GB`.
    static let gigabytes = number(unit: "GB")

    /// US dollars: `$18B`.
    static let dollars = currency(symbol: "$")

    /// Chinese yuan: `¥57.3B`.
    static let yuan = currency(symbol: "¥")
}
