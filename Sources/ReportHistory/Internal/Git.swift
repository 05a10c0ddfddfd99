import Foundation

/// Runs the `git` command in a folder. Output is read whole; input, when there is any, is
/// written from another thread so neither side waits on a full pipe.
struct Git: Sendable {
    /// The folder git runs in (`git -C`).
    let folder: URL

    /// Why a git command failed.
    struct Failure: Error, CustomStringConvertible {
        let arguments: [String]
        let status: Int32
        let message: String

        var description: String { "git \(arguments.joined(separator: " ")) failed (\(status)): \(message)" }
    }

    /// Standard output of `git ARGUMENTS`, fed `input`.
    /// - Throws: `Failure` when git cannot be run or exits with an error.
    func run(_ arguments: [String], input: Data? = nil) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path, "-c", "core.quotepath=off", "--no-pager"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C"
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_OPTIONAL_LOCKS"] = "0"
        process.environment = environment
        let output = Pipe(), errors = Pipe(), feed = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input == nil ? FileHandle.nullDevice : feed
        do {
            try process.run()
        } catch {
            throw Failure(arguments: arguments, status: -1, message: "\(error)")
        }
        if let input {
            let writer = feed.fileHandleForWriting
            DispatchQueue.global().async {
                try? writer.write(contentsOf: input)
                try? writer.close()
            }
        }
        let errorReader = ErrorCollector(errors.fileHandleForReading)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(arguments: arguments, status: process.terminationStatus, message: errorReader.text())
        }
        return data
    }

    /// `git ARGUMENTS` as text, its last newline removed.
    func text(_ arguments: [String]) throws -> String {
        var text = String(decoding: try run(arguments), as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
