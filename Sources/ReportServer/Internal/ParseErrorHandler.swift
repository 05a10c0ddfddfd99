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

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard let parseError = error as? HTTPParserError else {
            context.fireErrorCaught(error)
            return
        }
        let status: HTTPResponseStatus = parseError == .headerOverflow ? .requestHeaderFieldsTooLarge : .badRequest
        ClosingAnswer.send(status, on: context)
    }
}
