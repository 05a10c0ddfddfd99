import Foundation

/// With `REPORT_PROFILE=1` in the environment, prints how long each phase of a build took.
struct PhaseClock {
    private static let enabled = ProcessInfo.processInfo.environment["REPORT_PROFILE"] == "1"
    private var last = Date()

    mutating func lap(_ phase: @autoclosure () -> String) {
        guard Self.enabled else { return }
        let now = Date()
        FileHandle.standardError.write(Data("profile: \(phase()): \(String(format: "%.3f", now.timeIntervalSince(last))) s\n".utf8))
        last = now
    }
}
