import NIOCore
import NIOHTTP1

/// Answers a refused WebSocket upgrade with the status `RequestGuard` names (421 for another
/// host, 403 for another origin) and closes the connection, before the upgrade machinery sees
/// the request. Sits right after SwiftNIO's request decoder, and leaves the pipeline as soon as
/// it lets an upgrade through.
///
/// HummingbirdWebSocket 2.8 answers every upgrade its callback declines with an empty 400, which
/// tells a developer nothing about why their page's live reload was refused.
final class UpgradeGuardHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart

    let port: ListeningPort
    /// Set once a request is refused: what the client sends after it is dropped.
    private var refused = false

    init(port: ListeningPort) {
        self.port = port
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if refused { return }
        guard case .head(let head) = unwrapInboundIn(data), Self.asksForWebSocket(head) else {
            context.fireChannelRead(data)
            return
        }
        let verdict = RequestGuard(port: port.value).check(
            host: head.headers.first(name: "host"), origin: head.headers.first(name: "origin"))
        let status: HTTPResponseStatus
        let body: String
        switch verdict {
        case .allow:
            // Out of the way before the upgrade: once it happens the request decoder is gone
            // and raw WebSocket bytes would reach a handler that expects HTTP parts.
            context.fireChannelRead(data)
            context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
            return
        case .wrongHost:
            status = .misdirectedRequest
            body = PreviewRoutes.wrongHost
        case .wrongOrigin:
            status = .forbidden
            body = PreviewRoutes.wrongOrigin
        }
        // Everything after this head is dropped: the connection closes once the answer is out.
        refused = true
        ClosingAnswer.send(status, body: body, on: context)
    }

    /// `Upgrade: websocket` (any case), the only upgrade the server offers.
    static func asksForWebSocket(_ head: HTTPRequestHead) -> Bool {
        head.headers["upgrade"].contains { $0.lowercased().contains("websocket") }
    }
}
