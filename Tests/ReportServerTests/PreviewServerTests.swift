import Foundation
import Testing
@testable import ReportServer
import ReportSite

@Suite(.serialized) struct PreviewServerTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/valid")

    static func project() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["Data", "Templates"] {
            try FileManager.default.copyItem(at: fixture.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    @Test(.timeLimit(.minutes(1))) func servesPagesWithTheReloadScriptAndNothingOutsideTheSite() async throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let server = PreviewServer(options: BuildOptions(root: project), port: 0) { _ in }
        let port = try await server.start()
        defer { Task { await server.stop() } }
        let page = try LoopbackClient.get("/briefings/h20-in-brief.html", port: port)
        #expect(page.status.contains("200"))
        #expect(page.body.contains(LiveReloadScript.endpoint))
        let onDisk = try String(contentsOf: project.appendingPathComponent("site/briefings/h20-in-brief.html"), encoding: .utf8)
        #expect(!onDisk.contains(LiveReloadScript.endpoint))
        #expect(try LoopbackClient.get("/", port: port).body.contains("<h1"))
        #expect(try LoopbackClient.get("/../Data/site.yaml", port: port).status.contains("404"))
        #expect(try LoopbackClient.get("/.report-manifest.json", port: port).status.contains("404"))
        #expect(try LoopbackClient.get("/%2e%2e/Data/site.yaml", port: port).status.contains("404"))
        await server.stop()
    }

    @Test(.timeLimit(.minutes(1))) func brokenEditShowsErrorsAndFixReloads() async throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let server = PreviewServer(options: BuildOptions(root: project), port: 0) { _ in }
        let port = try await server.start()
        let socket = try LoopbackClient.webSocket(LiveReloadScript.endpoint, port: port)
        #expect(try socket.readTextFrame() == #"{"errors":[],"type":"ok"}"#)

        let chips = project.appendingPathComponent("Data/chips.yaml")
        let good = try String(contentsOf: chips, encoding: .utf8)
        try good.replacingOccurrences(of: "  vendor: huawei", with: "  vendor: huawie").write(to: chips, atomically: true, encoding: .utf8)
        let failure = try socket.readTextFrame()
        #expect(failure.contains(#""type":"errors""#))
        #expect(failure.contains("Data/chips.yaml:41:11: error: unknown vendor 'huawie' (did you mean 'huawei'?)"))
        let stillServed = try LoopbackClient.get("/chips/ascend-910c.html", port: port)
        #expect(stillServed.status.contains("200"))

        try good.write(to: chips, atomically: true, encoding: .utf8)
        #expect(try socket.readTextFrame() == #"{"errors":[],"type":"reload"}"#)
        await server.stop()
    }
}
