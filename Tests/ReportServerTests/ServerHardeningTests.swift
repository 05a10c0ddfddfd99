import Dispatch
import Foundation
import Synchronization
import Testing
@testable import ReportServer
import ReportSite

/// What the preview server refuses: oversized heads, other hosts, other origins, links out of
/// the site; and that it answers while a build runs. Nested in `PreviewServerTests` to run one
/// test at a time with it: the loopback client blocks a thread of the cooperative pool (two
/// threads on two cores), which the server needs too.
extension PreviewServerTests { @Suite struct Hardening {
    /// Starts a server on a copy of the valid fixture, runs `body`, stops it.
    static func withServer(
        beforeBuild: @escaping @Sendable () -> Void = {}, _ body: (UInt16, URL) async throws -> Void
    ) async throws {
        let project = try PreviewServerTests.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let server = PreviewServer(
            options: BuildOptions(root: project), port: 0, log: { _ in }, beforeBuild: beforeBuild)
        let port = try await server.start()
        do {
            try await body(port, project)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    @Test(.timeLimit(.minutes(1))) func aRequestLineOverTheLimitIsRefusedAndTheServerGoesOn() async throws {
        try await Self.withServer { port, _ in
            let client = try LoopbackClient(port: port)
            client.send("GET /" + String(repeating: "a", count: 256 * 1024) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            #expect(client.readToEnd().hasPrefix("HTTP/1.1 431 Request Header Fields Too Large"))
            #expect(try LoopbackClient.get("/", port: port).status.contains("200"))
        }
    }

    @Test(.timeLimit(.minutes(1))) func headersOverTheLimitAreRefused() async throws {
        try await Self.withServer { port, _ in
            let header = "X-Filler: " + String(repeating: "b", count: PreviewServer.headerLimit) + "\r\n"
            let client = try LoopbackClient(port: port)
            client.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\(header)\r\n")
            #expect(client.readToEnd().hasPrefix("HTTP/1.1 431 Request Header Fields Too Large"))
        }
    }

    @Test(.timeLimit(.minutes(1))) func onlyLoopbackHostsOnItsPortAreServed() async throws {
        try await Self.withServer { port, _ in
            let hosts = [
                "attacker.example", "attacker.example:\(port)", "127.0.0.1:\(port &+ 1)", "localhost:\(port)",
                "[::1]:\(port)",
            ]
            var statuses: [String] = []
            for host in hosts { statuses.append(try LoopbackClient.get("/", port: port, host: host).status) }
            #expect(statuses.map { String($0.prefix(12)) } == [
                "HTTP/1.1 421", "HTTP/1.1 421", "HTTP/1.1 421", "HTTP/1.1 200", "HTTP/1.1 200",
            ])
        }
    }

    @Test(.timeLimit(.minutes(1))) func aWebSocketFromAnotherOriginGetsNothing() async throws {
        try await Self.withServer { port, _ in
            let endpoint = LiveReloadScript.endpoint
            let (evil, status) = try LoopbackClient.upgrade(endpoint, port: port, origin: "https://evil.example")
            // Refused before the handshake, saying why.
            #expect(status.hasPrefix("HTTP/1.1 403"))
            #expect(evil.readToEnd().contains("own pages only"))
            let (rebound, reboundStatus) = try LoopbackClient.upgrade(
                endpoint, port: port, origin: "http://attacker.example:\(port)", host: "attacker.example:\(port)")
            #expect(reboundStatus.hasPrefix("HTTP/1.1 421"))
            #expect(!rebound.readToEnd().contains("errors"))
            let own = try LoopbackClient.webSocket(endpoint, port: port, origin: "http://127.0.0.1:\(port)")
            #expect(try own.readTextFrame() == #"{"errors":[],"type":"ok"}"#)
            // Frames from the page after the upgrade (a masked ping, then a close) reach the
            // WebSocket handler, not the HTTP guard, and the server carries on.
            own.send(bytes: [0x89, 0x80, 1, 2, 3, 4, 0x88, 0x80, 1, 2, 3, 4])
            _ = own.readToEnd()
            #expect(try LoopbackClient.get("/", port: port).status.hasPrefix("HTTP/1.1 200"))
        }
    }

    @Test(.timeLimit(.minutes(1))) func linksInsideTheSiteAreNotFollowed() async throws {
        try await Self.withServer { port, project in
            let site = project.appendingPathComponent("site")
            let secret = project.appendingPathComponent("secret.txt")
            try Data("secret".utf8).write(to: secret)
            let manager = FileManager.default
            for (name, target) in [("leak.txt", secret.path), ("up", project.path), ("same", "chips")] {
                let link = site.appendingPathComponent(name).path
                try manager.createSymbolicLink(atPath: link, withDestinationPath: target)
            }
            #expect(try LoopbackClient.get("/leak.txt", port: port).status.hasPrefix("HTTP/1.1 404"))
            #expect(try LoopbackClient.get("/up/secret.txt", port: port).status.hasPrefix("HTTP/1.1 404"))
            #expect(try LoopbackClient.get("/same/h20.html", port: port).status.hasPrefix("HTTP/1.1 404"))
            #expect(try LoopbackClient.get("/chips/h20.html", port: port).status.hasPrefix("HTTP/1.1 200"))
        }
    }

    @Test(.timeLimit(.minutes(1))) func pagesAreAnsweredWhileABuildRuns() async throws {
        let gate = BuildGate()
        try await Self.withServer(beforeBuild: gate.wait) { port, project in
            gate.armed = true
            let chips = project.appendingPathComponent("Data/chips.yaml")
            let edited = try String(contentsOf: chips, encoding: .utf8) + "\n# edited\n"
            try edited.write(to: chips, atomically: true, encoding: .utf8)
            #expect(gate.started.wait(timeout: .now() + 30) == .success, "the edit did not start a build")
            // The build is now held inside the server; a page must still be answered.
            #expect(try LoopbackClient.get("/chips/h20.html", port: port).status.hasPrefix("HTTP/1.1 200"))
            gate.release.signal()
        }
    }
}

}

/// Holds a build (once armed) until the test releases it.
final class BuildGate: Sendable {
    private let isArmed = Mutex(false)
    let started = DispatchSemaphore(value: 0)
    let release = DispatchSemaphore(value: 0)

    var armed: Bool {
        get { isArmed.withLock { $0 } }
        set { isArmed.withLock { $0 = newValue } }
    }

    func wait() {
        guard armed else { return }
        started.signal()
        _ = release.wait(timeout: .now() + 30)
    }
}
