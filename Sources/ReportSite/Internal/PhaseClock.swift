import Foundation

/// With `REPORT_PROFILE=1` in the environment, prints how long each phase of a build took.
struct PhaseClock {
    static let enabled = ProcessInfo.processInfo.environment["REPORT_PROFILE"] == "1"
    private var last = Date()

    mutating func lap(_ phase: @autoclosure () -> String) {
        guard Self.enabled else { return }
        let now = Date()
        FileHandle.standardError.write(Data("profile: \(phase()): \(String(format: "%.3f", now.timeIntervalSince(last))) s\n".utf8))
        last = now
    }

    /// A line of its own: `profile: views carried over: 9,990 of 10,002`.
    static func note(_ text: @autoclosure () -> String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("profile: \(text())\n".utf8))
    }

    /// The slowest outputs of a phase, most expensive first: `profile:   0.412 s page:compare`.
    static func slowest(_ timings: [(String, Double)], count: Int = 8) {
        guard enabled, !timings.isEmpty else { return }
        let lines = timings.sorted { $0.1 > $1.1 }.prefix(count).map { "profile:   \(String(format: "%.3f", $0.1)) s \($0.0)" }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
