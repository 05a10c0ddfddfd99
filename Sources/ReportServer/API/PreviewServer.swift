import FlyingFox
import Foundation
import ReportSite

/// `report serve`: builds, serves the site on loopback, watches Data/ and Templates/, rebuilds
/// incrementally on change and tells open pages to reload (or shows the errors).
public actor PreviewServer {
    private let options: BuildOptions
    private let port: UInt16
    private let log: @Sendable (String) -> Void
    private let channel = LiveChannel()
    private var server: HTTPServer?
    private var watcher: DirectoryWatcher?
    private var tasks: [Task<Void, Never>] = []

    /// A server for the project in `options`, on 127.0.0.1:`port` (0 picks a free port).
    public init(options: BuildOptions, port: UInt16 = 8000, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.port = port
        self.log = log
    }

    /// Builds, starts serving and watching; returns the port it listens on.
    public func start() async throws -> UInt16 {
        await rebuild(reason: "start")
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), logger: .disabled)
        let files = SiteFiles(root: options.output)
        await server.appendRoute(HTTPRoute("GET " + LiveReloadScript.endpoint), to: .webSocket(LiveReloadHandler(channel: channel)))
        await server.appendRoute("GET *") { request in files.response(for: request) }
        self.server = server
        tasks.append(Task { try? await server.run() })
        try await server.waitUntilListening()
        let watcher = try DirectoryWatcher(folders: [
            options.root.appendingPathComponent("Data"), options.root.appendingPathComponent("Templates"),
        ])
        self.watcher = watcher
        tasks.append(Task { [weak self] in
            for await batch in watcher.batches() { await self?.rebuild(reason: Self.describe(batch, root: self?.options.root)) }
        })
        guard case .ip4(_, let listening)? = await server.listeningAddress else { return port }
        return listening
    }

    /// Stops watching and serving.
    public func stop() async {
        watcher?.stop()
        await channel.closeAll()
        await server?.stop()
        for task in tasks { task.cancel() }
        tasks = []
    }

    /// Runs one build and tells open pages; prints one line, or the errors.
    func rebuild(reason: String) async {
        do {
            let report = try Site.build(options)
            let seconds = String(format: "%.2f", report.seconds)
            log("\(reason): \(report.rendered) of \(report.pages) pages rendered, \(report.written) files written, \(report.deleted) deleted in \(seconds) s")
            await channel.succeeded()
        } catch let failure as BuildFailure {
            log("\(reason): the build failed; still serving the last good site")
            failure.messages.forEach(log)
            await channel.failed(failure.messages)
        } catch {
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
