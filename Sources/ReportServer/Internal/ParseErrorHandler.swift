import NIOCore
import NIOHTTP1

/// Answers a request that SwiftNIO's parser refused and closes the connection: 431 when the
/// request line or headers are over the limit, 400 for anything else malformed.
///
/// HummingbirdWebSocket 2.8 turns NIO's own error handling off and then never handles a parse
/// error before the upgrade decision: the connection stayed open with no answer, and a graceful
/// stop waited for it forever.
final class ParseErrorHandler: ChannelInboundHandler, RemovableChannelHandler, Sendable {
    typealias InboundIn = NIOAny
    typealias OutboundOut = HTTPServerResponsePart

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard let parseError = error as? HTTPParserError else {
            context.fireErrorCaught(error)
            return
        }
        let status: HTTPResponseStatus = parseError == .headerOverflow ? .requestHeaderFieldsTooLarge : .badRequest
        let head = HTTPResponseHead(
            version: .http1_1, status: status, headers: ["Connection": "close", "Content-Length": "0"])
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in bound.value.close(promise: nil) }
    }
}
