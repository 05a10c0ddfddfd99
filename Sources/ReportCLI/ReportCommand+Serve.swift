import ArgumentParser
import Dispatch
import Foundation
import ReportServer
import ReportSite

extension ReportCommand {
    /// `report serve`.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Build, serve the site on 127.0.0.1 and rebuild when Data/ or Templates/ change.",
            discussion: """
                Open pages reload after each rebuild. When an edit breaks the build, the errors are \
                printed here and shown over the open pages, and the last good site stays served; \
                fixing the file clears them. Ctrl-C stops.
                """
        )

        @OptionGroup var project: ProjectOptions

        @Option(name: .long, help: "The port to listen on, on 127.0.0.1.")
        var port: UInt16 = 8000

        func run() async throws {
            try project.requireFolder()
            // Ctrl-C is caught from here on, so it always stops the server cleanly.
            let interrupts = Self.interrupts()
            let options = BuildOptions(root: project.rootURL)
            let server = PreviewServer(options: options, port: port) { line in print(line) }
            let listening: UInt16
            do {
                listening = try await server.start()
            } catch {
                Console.error("error: cannot serve on 127.0.0.1:\(port): \(error)")
                throw ExitCode.failure
            }
            print("Serving \(options.output.path) at http://127.0.0.1:\(listening)/ (Ctrl-C to stop)")
            for await _ in interrupts { break }
            await server.stop()
            print("Stopped.")
        }

        /// One element each time the process receives SIGINT or SIGTERM (which no longer end it).
        static func interrupts() -> AsyncStream<Void> {
            signal(SIGINT, SIG_IGN)
            signal(SIGTERM, SIG_IGN)
            let (stream, continuation) = AsyncStream<Void>.makeStream()
            let sources = [SIGINT, SIGTERM].map { DispatchSource.makeSignalSource(signal: $0, queue: .main) }
            for source in sources {
                source.setEventHandler { continuation.yield() }
                source.resume()
            }
            Signals.keep(sources)
            return stream
        }
    }
}

/// Keeps the signal sources alive for the life of the process.
private enum Signals {
    nonisolated(unsafe) static var sources: [any DispatchSourceSignal] = []
    static func keep(_ new: [any DispatchSourceSignal]) { sources += new }
}
