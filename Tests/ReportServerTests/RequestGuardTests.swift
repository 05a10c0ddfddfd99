import Testing
@testable import ReportServer

/// Host and Origin rules, as a table.
@Suite struct RequestGuardTests {
    let requestGuard = RequestGuard(port: 8000)

    @Test(arguments: [
        ("127.0.0.1:8000", true), ("localhost:8000", true), ("[::1]:8000", true), ("LOCALHOST:8000", true),
        ("127.0.0.1", true), ("attacker.example", false), ("attacker.example:8000", false),
        ("127.0.0.1:8001", false), ("localhost.attacker.example:8000", false), ("127.0.0.1:80x", false),
        ("user@127.0.0.1:8000", false), ("", false), ("[::1", false),
    ])
    func acceptsOnlyLoopbackHostsOnItsPort(_ host: String, _ allowed: Bool) {
        #expect((requestGuard.check(host: host) == .allow) == allowed)
    }

    @Test func aRequestWithoutHostIsRefused() {
        #expect(requestGuard.check(host: nil) == .wrongHost)
    }

    @Test(arguments: [
        (nil, RequestGuard.Verdict.allow), ("http://127.0.0.1:8000", .allow), ("https://evil.example", .wrongOrigin),
        ("http://localhost:8000", .wrongOrigin), ("http://127.0.0.1:9000", .wrongOrigin), ("null", .wrongOrigin),
    ])
    func acceptsOnlySameOriginWebSockets(_ origin: String?, _ verdict: RequestGuard.Verdict) {
        #expect(requestGuard.check(host: "127.0.0.1:8000", origin: origin) == verdict)
    }
}
