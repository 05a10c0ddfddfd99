/// A unit and its larger siblings, each 1,000 times the one before (`GB`, `TB`, `PB`), and the
/// value from which a number is better written in the next one up.
struct UnitLadder: Sendable, Equatable {
    /// Unit symbols from smallest to largest.
    let symbols: [String]
    /// A value at or above this many of one rung is written in the next rung: 1,000 for most,
    /// 10,000 for compute, so a datasheet's `1,979 TFLOPS` keeps its four digits.
    let threshold: Double
}

extension UnitLadder {
    /// Every ladder a chart knows.
    static let all = [
        UnitLadder(symbols: ["MB", "GB", "TB", "PB"], threshold: 1000),
        UnitLadder(symbols: ["MB/s", "GB/s", "TB/s", "PB/s"], threshold: 1000),
        UnitLadder(symbols: ["W", "kW", "MW", "GW"], threshold: 1000),
        UnitLadder(symbols: ["TFLOPS", "PFLOPS", "EFLOPS"], threshold: 10_000),
        UnitLadder(symbols: ["TOPS", "POPS", "EOPS"], threshold: 10_000),
    ]

    /// The unit and divisor to write `magnitude` (in `unit`) in: the largest rung of `unit`'s
    /// ladder whose value is still at least one; `unit` itself when it has no ladder.
    static func natural(for magnitude: Double, in unit: String) -> (symbol: String, factor: Double, rungs: Int) {
        guard let ladder = all.first(where: { $0.symbols.contains(unit) }),
              var index = ladder.symbols.firstIndex(of: unit), magnitude.isFinite else { return (unit, 1, 0) }
        let start = index
        var factor = 1.0
        while index + 1 < ladder.symbols.count && abs(magnitude) / factor >= ladder.threshold {
            index += 1
            factor *= 1000
        }
        return (ladder.symbols[index], factor, index - start)
    }
}
