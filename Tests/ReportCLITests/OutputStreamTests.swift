import Foundation
import Testing

/// The built `report` executable, run through pipes as a log collector or CI would run it.
@Suite struct OutputStreamTests {
    /// `report` beside the test bundle (SwiftPM builds both into the same folder).
    static let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("report")
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/valid")

    /// `report serve` never exits by itself: with block-buffered output its first lines reach the
    /// pipe only at exit, and reading them here would wait until the time limit fails the test.
    @Test(.timeLimit(.minutes(1))) func serveLinesReachAPipeWhileItRuns() throws {
        let project = FileManager.default.temporaryDirectory.appendingPathComponent("pipe-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: project) }
        for name in ["Data", "Templates"] {
            try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: Self.fixture.appendingPathComponent(name), to: project.appendingPathComponent(name))
        }
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["serve", "--root", project.path, "--port", "0"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        var text = ""
        while !text.contains("(Ctrl-C to stop)\n") {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        #expect(process.isRunning)
        #expect(text.hasPrefix("start: "))
        #expect(text.contains("Serving \(project.path)/site at http://127.0.0.1:"))
        process.interrupt()
        process.waitUntilExit()
        let rest = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(rest == "Stopped.\n")
        #expect(process.terminationStatus == 0)
    }
}
