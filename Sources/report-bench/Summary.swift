import Foundation

/// The median of repeated measurements.
struct Summary {
    let seconds: Double
    let peakKilobytes: Int
    let failed: Bool

    init(_ runs: [Measurement]) {
        let times = runs.map(\.seconds).filter { !$0.isNaN }.sorted()
        let memory = runs.map(\.peakKilobytes).sorted()
        seconds = times.isEmpty ? .nan : times[times.count / 2]
        peakKilobytes = memory.isEmpty ? 0 : memory[memory.count / 2]
        failed = runs.contains { $0.status != 0 }
    }

    /// False when nothing was measured (the tool is missing or the case was not run).
    var measured: Bool { !seconds.isNaN }
}
