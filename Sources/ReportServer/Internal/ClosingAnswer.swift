import NIOCore
import NIOHTTP1

/// Answers a request from inside the pipeline, before Hummingbird sees it, and closes the
/// connection once the answer is out (a refused upgrade, a request the parser refused).
enum ClosingAnswer {
    /// Writes `status` with `body` as plain text (or no body), then closes.
    static func send(_ status: HTTPResponseStatus, body: String? = nil, on context: ChannelHandlerContext) {
        var headers: HTTPHeaders = ["Connection": "close"]
        var buffer = context.channel.allocator.buffer(capacity: body?.utf8.count ?? 0)
        if let body {
            headers.add(name: "Content-Type", value: "text/plain; charset=utf-8")
            buffer.writeString(body)
        }
        headers.add(name: "Content-Length", value: String(buffer.readableBytes))
        context.write(NIOAny(HTTPServerResponsePart.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
        if buffer.readableBytes > 0 {
            context.write(NIOAny(HTTPServerResponsePart.body(.byteBuffer(buffer))), promise: nil)
        }
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        context.writeAndFlush(NIOAny(HTTPServerResponsePart.end(nil))).whenComplete { _ in bound.value.close(promise: nil) }
    }
}
