/// A thousands prefix for abbreviated numbers; billions are written `B`.
struct SIPrefix: Sendable, Equatable {
    let symbol: String
    let factor: Double
}

extension SIPrefix {
    static let all = [
        SIPrefix(symbol: "T", factor: 1e12),
        SIPrefix(symbol: "B", factor: 1e9),
        SIPrefix(symbol: "M", factor: 1e6),
        SIPrefix(symbol: "k", factor: 1e3),
    ]

    static let none = SIPrefix(symbol: "", factor: 1)

    /// The largest prefix not bigger than `magnitude` (after rounding to 3 digits).
    static func `for`(_ magnitude: Double) -> SIPrefix {
        let value = abs(magnitude)
        return all.first { value >= $0.factor * 0.9995 } ?? none
    }
}
