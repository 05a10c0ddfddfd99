import Foundation
import Testing
@testable import ReportCharts

/// A deterministic linear congruential generator (Knuth's MMIX constants).
struct LCG {
    var state: UInt64

    mutating func next() -> Double {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Double(state >> 11) / Double(1 << 53)
    }
}

@Suite struct TickPropertyTests {
    func isNiceStep(_ step: Double) -> Bool {
        let mantissa = step / pow(10, log10(step).rounded(.down))
        return [1.0, 2, 5, 10].contains { abs(mantissa - $0) < 1e-9 * $0 }
    }

    @Test(arguments: [1, 2, 3, 42, 2024] as [UInt64])
    func ticksAreSortedEvenAndNiceOverRandomDomains(seed: UInt64) {
        var random = LCG(state: seed)
        for _ in 0..<400 {
            let magnitude = pow(10, (random.next() * 18 - 6).rounded(.down))
            let start = (random.next() - 0.5) * 10 * magnitude
            let stop = start + random.next() * 10 * magnitude + magnitude * 1e-3
            let count = (random.next() * 20).rounded(.down) + 1
            let scale = LinearScale(domain: (start, stop)).niced(count)
            let ticks = scale.ticks(count)
            let label = "domain \(start)...\(stop), count \(count)"
            #expect(scale.domain.0 <= start && scale.domain.1 >= stop, "\(label): nice shrank the domain")
            #expect(!ticks.isEmpty, "\(label)")
            guard ticks.count >= 2 else { continue }
            #expect(ticks == ticks.sorted(), "\(label)")
            #expect(ticks.allSatisfy { $0 >= scale.domain.0 && $0 <= scale.domain.1 }, "\(label)")
            let step = ticks[1] - ticks[0]
            #expect(isNiceStep(step), "\(label): step \(step)")
            let even = zip(ticks, ticks.dropFirst()).allSatisfy { abs(($1 - $0) - step) <= 1e-9 * max(abs(step), abs($0)) }
            #expect(even, "\(label)")
            #expect(isNiceStep(abs(Ticks.tickStep(start, stop, count: count))), "\(label)")
        }
    }

    @Test(arguments: [7, 99] as [UInt64])
    func reversedDomainsGiveReversedTicks(seed: UInt64) {
        var random = LCG(state: seed)
        for _ in 0..<200 {
            let start = (random.next() - 0.5) * 1e4, stop = start + random.next() * 1e3
            let count = (random.next() * 15).rounded(.down) + 1
            #expect(Ticks.ticks(stop, start, count: count) == Ticks.ticks(start, stop, count: count).reversed())
        }
    }
}
