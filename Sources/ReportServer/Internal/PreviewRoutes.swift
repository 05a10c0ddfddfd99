import Hummingbird
import HummingbirdWebSocket

/// What the server does with each request: the Host (and for the live channel, Origin) check
/// first, then the live channel's WebSocket or a file from the site.
struct PreviewRoutes: Sendable {
    let files: SiteFiles
    let channel: LiveChannel
    /// The port actually listened on (known once the server runs; 0 before).
    let port: ListeningPort

    var requestGuard: RequestGuard { RequestGuard(port: port.value) }

    /// A plain HTTP request (and a request for the live channel that was not upgraded).
    func respond(to request: Request) -> Response {
        let path = Self.pathOnly(request.head.path)
        let isLive = path == LiveReloadScript.endpoint
        let verdict = isLive
            ? requestGuard.check(host: request.head.authority, origin: request.headers[.origin])
            : requestGuard.check(host: request.head.authority)
        switch verdict {
        case .wrongHost:
            return SiteFiles.plain(.init(code: 421, reasonPhrase: "Misdirected Request"), Self.wrongHost)
        case .wrongOrigin:
            return SiteFiles.plain(.forbidden, Self.wrongOrigin)
        case .allow:
            if isLive {
                return SiteFiles.plain(.init(code: 426, reasonPhrase: "Upgrade Required"), "WebSocket only.\n")
            }
        }
        guard request.method == .get || request.method == .head else {
            return SiteFiles.plain(.methodNotAllowed, "Only GET is served.\n")
        }
        return files.response(forPath: path)
    }

    /// Upgrades requests for the live channel that pass the Host and Origin checks; the rest
    /// go to `respond(to:)`, which says why not.
    func shouldUpgrade(
        _ head: HTTPRequest
    ) -> ShouldUpgradeResult<WebSocketDataHandler<HTTP1WebSocketUpgradeChannel.Context>> {
        guard Self.pathOnly(head.path) == LiveReloadScript.endpoint,
              requestGuard.check(host: head.authority, origin: head.headerFields[.origin]) == .allow
        else { return .dontUpgrade }
        let channel = self.channel
        return .upgrade([:]) { inbound, outbound, _ in
            let messages = await channel.subscribe()
            let forward = Task {
                for await message in messages { try await outbound.write(.text(message)) }
            }
            defer { forward.cancel() }
            // What the page sends is ignored; the loop ends when it goes away.
            for try await _ in inbound {}
        }
    }

    static let wrongHost = """
        This preview server answers only requests for 127.0.0.1, localhost or [::1] on its own port.

        """

    static let wrongOrigin = "WebSockets are accepted from this server's own pages only.\n"

    /// `/a/b?x=1` → `/a/b`.
    static func pathOnly(_ target: String?) -> String {
        String((target ?? "/").prefix { $0 != "?" && $0 != "#" })
    }
}
