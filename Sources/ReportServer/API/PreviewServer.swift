import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdWebSocket
import Logging
import NIOCore
import ReportSite

/// `report serve`: builds, serves the site on loopback, watches Data/ and Templates/, rebuilds
/// incrementally on change and tells open pages to reload (or shows the errors).
///
/// Builds run on a Dispatch thread, never on the actor, the server's event loops or the
/// cooperative pool, so pages are answered while a rebuild runs. The HTTP parser is SwiftNIO's (through Hummingbird):
/// linear, and the request line plus headers are limited to `headerLimit` bytes.
public actor PreviewServer {
    private let options: BuildOptions
    private let port: UInt16
    private let log: @Sendable (String) -> Void
    private let channel = LiveChannel()
    private let listening = ListeningPort()
    private var serverTask: Task<Void, Never>?
    private var watcher: DirectoryWatcher?
    private var watchTask: Task<Void, Never>?
    /// Runs before each build (tests use it to make a build slow).
    private let beforeBuild: @Sendable () -> Void

    /// The most bytes a request line and its headers may take (NIO answers more with 400 and
    /// closes the connection).
    static let headerLimit = 16 * 1024

    /// A server for the project in `options`, on 127.0.0.1:`port` (0 picks a free port).
    public init(options: BuildOptions, port: UInt16 = 8000, log: @escaping @Sendable (String) -> Void) {
        self.init(options: options, port: port, log: log, beforeBuild: {})
    }

    init(
        options: BuildOptions, port: UInt16, log: @escaping @Sendable (String) -> Void,
        beforeBuild: @escaping @Sendable () -> Void
    ) {
        var options = options
        // Between rebuilds, an unchanged record is not decoded again.
        options.keepRecordsBetweenBuilds()
        self.options = options
        self.port = port
        self.log = log
        self.beforeBuild = beforeBuild
    }

    /// Builds, starts serving and watching; returns the port it listens on.
    public func start() async throws -> UInt16 {
        await rebuild(reason: "start")
        let bound = try await serve()
        let watcher = try DirectoryWatcher(folders: [
            options.root.appendingPathComponent("Data"), options.root.appendingPathComponent("Templates"),
        ])
        self.watcher = watcher
        watchTask = Task { [weak self] in
            for await batch in watcher.batches() { await self?.rebuild(reason: Self.describe(batch, root: self?.options.root)) }
        }
        return bound
    }

    /// Stops watching and serving.
    public func stop() async {
        watcher?.stop()
        watchTask?.cancel()
        await channel.closeAll()
        serverTask?.cancel()
        await serverTask?.value
        serverTask = nil
    }

    /// Starts the HTTP server; returns once it listens (or throws why it cannot).
    private func serve() async throws -> UInt16 {
        let routes = PreviewRoutes(files: SiteFiles(root: options.output), channel: channel, port: listening)
        let (bound, continuation) = AsyncStream<Result<UInt16, any Error>>.makeStream()
        let listening = self.listening
        let limit = Self.headerLimit
        let configuration = HTTP1WebSocketUpgradeChannel.Configuration(
            http1: .init(httpDecoderConfiguration: .init(
                maxHeaderFieldSize: limit, maxHeaderListSize: limit, maxHeaderFieldCount: 100))
        )
        let upgrade: @Sendable (HTTPRequest, any Channel, Logger) throws
            -> ShouldUpgradeResult<WebSocketDataHandler<HTTP1WebSocketUpgradeChannel.Context>> = { head, _, _ in
                routes.shouldUpgrade(head)
            }
        let application = Application(
            responder: CallbackResponder<BasicRequestContext> { request, _ in routes.respond(to: request) },
            server: HTTPServerBuilder { responder in
                ClosingChannel(inner: HTTP1WebSocketUpgradeChannel(
                    responder: responder, configuration: configuration, shouldUpgrade: upgrade), port: listening)
            },
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: Int(port))),
            onServerRunning: { channel in
                listening.value = UInt16(channel.localAddress?.port ?? 0)
                continuation.yield(.success(listening.value))
            },
            logger: Logger(label: "report-serve") { _ in SwiftLogNoOpLogHandler() }
        )
        serverTask = Task {
            do {
                try await application.run()
            } catch {
                continuation.yield(.failure(error))
            }
            continuation.finish()
        }
        for await result in bound { return try result.get() }
        throw CancellationError()
    }

    /// Runs one build off the actor and tells open pages; prints one line, or the errors.
    func rebuild(reason: String) async {
        let options = self.options
        let beforeBuild = self.beforeBuild
        // A thread of Dispatch's, not the cooperative pool: a build blocks its thread for
        // seconds, and the pool has only one thread a core.
        typealias Outcome = Result<BuildReport, any Error>
        let outcome = await withCheckedContinuation { (done: CheckedContinuation<Outcome, Never>) in
            DispatchQueue.global(qos: .userInitiated).async {
                beforeBuild()
                done.resume(returning: Result { try Site.build(options) })
            }
        }
        switch outcome {
        case .success(let report):
            let seconds = String(format: "%.2f", report.seconds)
            log("\(reason): \(report.rendered) of \(report.pages) pages rendered, \(report.written) files written, \(report.deleted) deleted in \(seconds) s")
            await channel.succeeded()
        case .failure(let failure as BuildFailure):
            log("\(reason): the build failed; still serving the last good site")
            failure.messages.forEach(log)
            await channel.failed(failure.messages)
        case .failure(let error):
            log("\(reason): \(error)")
            await channel.failed(["error: \(error)"])
        }
    }

    /// `Data/chips.yaml changed` or `3 files changed (Data/chips.yaml, ...)`.
    static func describe(_ paths: [String], root: URL?) -> String {
        let prefix = (root?.standardizedFileURL.path ?? "") + "/"
        let inputs = Set(["yaml", "yml", "csv", "txt", "mustache", "css", "svg", "png", "js"])
        let relevant = paths.filter { FileManager.default.fileExists(atPath: $0) || inputs.contains(URL(fileURLWithPath: $0).pathExtension) }
        let relative = (relevant.isEmpty ? paths : relevant).map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }
        if relative.count == 1 { return "\(relative[0]) changed" }
        return "\(relative.count) files changed (\(relative.prefix(3).joined(separator: ", "))\(relative.count > 3 ? ", ..." : ""))"
    }
}
