import Foundation

/// One measure of the speed issue, its targets at N = 1,000 and N = 10,000, and how it is read
/// from a size's results; `Target.printSummary` prints them all beside what was measured.
struct Target: Sendable {
    let measure: String
    /// The upper bounds at N = 1,000 and N = 10,000, as numbers and as the issue writes them.
    let small: Double, large: Double
    let smallText: String, largeText: String
    let value: @Sendable (SizeResult) -> Double?
    let shown: @Sendable (Double) -> String

    static let all: [Target] = [
        Target(measure: "full build ÷ Hugo's full build", small: 0.35, large: 0.25, smallText: "≤ 0.35",
               largeText: "≤ 0.25", value: { SizeResult.ratio($0.full, $0.hugo) }, shown: { fixed($0) }),
        Target(measure: "full build ÷ cmark-gfm floor", small: 2.5, large: 2, smallText: "≤ 2.5", largeText: "≤ 2",
               value: { SizeResult.ratio($0.full, $0.floor) }, shown: { fixed($0) }),
        Target(measure: "no-op rebuild", small: 0.010, large: 0.060, smallText: "≤ 10 ms", largeText: "≤ 60 ms",
               value: { $0.noop.measured ? $0.noop.seconds : nil }, shown: { milliseconds($0) }),
        Target(measure: "one-figure edit, cold `report build` ÷ our full build", small: 1.0 / 20, large: 1.0 / 50,
               smallText: "≤ 1/20", largeText: "≤ 1/50", value: { SizeResult.ratio($0.edit, $0.full) },
               shown: { String(format: "%.3f (1/%.0f)", $0, 1 / $0) }),
        Target(measure: "one-figure edit, warm `report serve`, edit → page on disk", small: 0.020, large: 0.150,
               smallText: "≤ 20 ms", largeText: "≤ 150 ms",
               value: { $0.warm.measured ? $0.warm.seconds : nil }, shown: { milliseconds($0) }),
        Target(measure: "peak memory ÷ Hugo's", small: 0.3, large: 0.3, smallText: "≤ 0.3", largeText: "≤ 0.3",
               value: { $0.memoryRatio }, shown: { fixed($0) }),
    ]

    /// The bound for a corpus of `n` (the nearer of the two sizes, on a log scale).
    func limit(for n: Int) -> Double { n * n <= 10_000_000 ? small : large }
    func limitText(for n: Int) -> String { n * n <= 10_000_000 ? smallText : largeText }

    /// `10,000`.
    static func label(_ n: Int) -> String {
        let digits = Array(String(n))
        return digits.enumerated().map { index, digit in
            index > 0 && (digits.count - index) % 3 == 0 ? ",\(digit)" : String(digit)
        }.joined()
    }

    static func fixed(_ value: Double) -> String { String(format: "%.2f", value) }
    static func milliseconds(_ value: Double) -> String { String(format: "%.1f ms", value * 1000) }

    /// One table: each measure, and for N = 1,000, N = 10,000 (and any other size run) the
    /// target, the measured value and whether it is met.
    static func printSummary(_ results: [SizeResult]) {
        let sizes = Array(Set([1000, 10000] + results.map(\.n))).sorted()
        say("\n## Targets (speed issue), all sizes")
        let header = sizes.map { "target N=\(label($0)) | N=\(label($0)) | met?" }
        say("| measure | " + header.joined(separator: " | ") + " |")
        say("|---|" + sizes.map { _ in "---:|---:|:---:" }.joined(separator: "|") + "|")
        for target in all {
            let cells = sizes.map { n -> String in
                guard let result = results.first(where: { $0.n == n }) else {
                    return "\(target.limitText(for: n)) | not run | –"
                }
                guard let value = target.value(result) else { return "\(target.limitText(for: n)) | n/a | –" }
                let met = value <= target.limit(for: n) ? "yes" : "**no**"
                return "\(target.limitText(for: n)) | \(target.shown(value)) | \(met)"
            }
            say("| \(target.measure) | " + cells.joined(separator: " | ") + " |")
        }
        for result in results {
            say("load average (1, 5, 15 min) at N=\(label(result.n)): \(result.loadAtStart) at the start, "
                + "\(result.loadAtEnd) at the end")
        }
    }
}
