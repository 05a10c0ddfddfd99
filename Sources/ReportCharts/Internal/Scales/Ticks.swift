import Foundation

/// A port of d3-array's `ticks`, `tickIncrement` and `tickStep`: steps of 1, 2 or 5 × 10^k
/// with cut-offs at √50, √10 and √2; negative powers use an inverse increment to dodge
/// float error (so `ticks(0, 1, 10)` yields exactly `0.3`, not `0.30000000000000004`).
enum Ticks {
    /// At most this many ticks are ever generated.
    static let limit = 100_000

    /// About `count + 1` round values between `start` and `stop`, inclusive, in the
    /// domain's direction; empty if any argument is NaN or `count` is not positive.
    static func ticks(_ start: Double, _ stop: Double, count: Double) -> [Double] {
        guard count > 0 else { return [] }
        if start == stop { return [start] }
        let reverse = stop < start
        let (i1, i2, inc) = reverse ? spec(stop, start, count) : spec(start, stop, count)
        guard i2 >= i1, i2 - i1 < Double(limit) else { return [] }
        let n = Int(i2 - i1) + 1
        return (0..<n).map { offset in
            let index = reverse ? i2 - Double(offset) : i1 + Double(offset)
            return inc < 0 ? index / -inc : index * inc
        }
    }

    /// The step between ticks; negative values mean "divide by the inverse".
    static func tickIncrement(_ start: Double, _ stop: Double, count: Double) -> Double {
        spec(start, stop, count).inc
    }

    /// The signed step between ticks as a plain number.
    static func tickStep(_ start: Double, _ stop: Double, count: Double) -> Double {
        let reverse = stop < start
        let inc = reverse ? tickIncrement(stop, start, count: count) : tickIncrement(start, stop, count: count)
        return (reverse ? -1 : 1) * (inc < 0 ? 1 / -inc : inc)
    }

    /// JavaScript's `Math.round`: halves go towards +∞.
    static func jsRound(_ value: Double) -> Double {
        let floor = value.rounded(.down)
        return value - floor >= 0.5 ? floor + 1 : floor
    }
}

private extension Ticks {
    static let e10 = 50.0.squareRoot()
    static let e5 = 10.0.squareRoot()
    static let e2 = 2.0.squareRoot()

    static func spec(_ start: Double, _ stop: Double, _ count: Double) -> (i1: Double, i2: Double, inc: Double) {
        let divisor = count.isNaN ? Double.nan : Swift.max(0, count)
        let step = (stop - start) / divisor
        let power = log10(step).rounded(.down)
        let error = step / pow(10, power)
        let factor: Double = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1
        var i1: Double, i2: Double, inc: Double
        if power < 0 {
            inc = pow(10, -power) / factor
            i1 = jsRound(start * inc)
            i2 = jsRound(stop * inc)
            if i1 / inc < start { i1 += 1 }
            if i2 / inc > stop { i2 -= 1 }
            inc = -inc
        } else {
            inc = pow(10, power) * factor
            i1 = jsRound(start / inc)
            i2 = jsRound(stop / inc)
            if i1 * inc < start { i1 += 1 }
            if i2 * inc > stop { i2 -= 1 }
        }
        if i2 < i1 && 0.5 <= count && count < 2 { return spec(start, stop, count * 2) }
        return (i1, i2, inc)
    }
}
