/// Which requests the preview server answers: only those addressed to it on loopback (a page of
/// another site cannot reach it by DNS rebinding, since its `Host` names that site), and only
/// same-origin WebSockets (so another site's page cannot read the build's error stream).
struct RequestGuard {
    /// The port the server listens on.
    let port: UInt16

    static let loopbackNames: Set<String> = ["127.0.0.1", "localhost", "[::1]"]

    /// What to do with a request, from its `Host` (HTTP/1's authority) and `Origin`.
    enum Verdict: Equatable {
        case allow
        /// 421 Misdirected Request: a Host that is not this server on loopback.
        case wrongHost
        /// 403 Forbidden: a WebSocket from another origin.
        case wrongOrigin
    }

    /// Any request: its Host must be a loopback name, with this server's port if it has one.
    func check(host: String?) -> Verdict {
        guard let host, let (name, hostPort) = Self.split(host.lowercased()) else { return .wrongHost }
        guard Self.loopbackNames.contains(name), hostPort == nil || hostPort == port else { return .wrongHost }
        return .allow
    }

    /// A WebSocket: the Host check, then an Origin (when the client sends one, as browsers
    /// always do) that is this very server: `http://` and the same host and port.
    func check(host: String?, origin: String?) -> Verdict {
        guard check(host: host) == .allow, let host, let hostParts = Self.split(host.lowercased()) else {
            return .wrongHost
        }
        guard let origin else { return .allow }
        let lowered = origin.lowercased()
        guard lowered.hasPrefix("http://"), let originParts = Self.split(String(lowered.dropFirst(7))),
              originParts.name == hostParts.name, (originParts.port ?? 80) == (hostParts.port ?? 80)
        else { return .wrongOrigin }
        return .allow
    }

    /// `name:port` → (name, port); `[::1]:8000` → (`[::1]`, 8000); nil when malformed.
    static func split(_ authority: String) -> (name: String, port: UInt16?)? {
        guard !authority.isEmpty, !authority.contains("/"), !authority.contains("@") else { return nil }
        let nameEnd: String.Index
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            nameEnd = authority.index(after: close)
        } else {
            nameEnd = authority.firstIndex(of: ":") ?? authority.endIndex
        }
        let name = String(authority[..<nameEnd])
        let rest = authority[nameEnd...]
        if rest.isEmpty { return (name, nil) }
        guard rest.first == ":", let port = UInt16(rest.dropFirst()) else { return nil }
        return (name, port)
    }
}
