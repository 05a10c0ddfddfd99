import Foundation

/// Runs the built `report` executable (beside the test bundle) as a separate process.
enum Subprocess {
    static let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("report")

    /// Runs `report` with `arguments` and extra environment; returns the exit status, or the
    /// negated signal number when a signal ended it, and what it wrote to standard error.
    static func report(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let status = process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus
        return (status, text)
    }

    /// Runs `command` (`report`, or another program through env) and returns its exit status
    /// and standard output; standard error is dropped.
    static func output(_ arguments: [String], command: URL = executable) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = command
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }
}
