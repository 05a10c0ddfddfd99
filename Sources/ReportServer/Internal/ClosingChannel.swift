import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1

/// A server's connection handling with `UpgradeGuardHandler` right after the request decoder and
/// `ParseErrorHandler` at the end of its pipeline, closing each connection once its handler
/// returns (whatever happened to it).
struct ClosingChannel<Inner: ServerChildChannel>: ServerChildChannel {
    let inner: Inner
    /// The port the server listens on, for the upgrade guard's Host and Origin check.
    let port: ListeningPort

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Inner.Value> {
        let port = self.port
        return inner.setup(channel: channel, logger: logger).flatMapThrowing { value in
            let pipeline = channel.pipeline.syncOperations
            let decoder = try pipeline.handler(type: ByteToMessageHandler<HTTPRequestDecoder>.self)
            try pipeline.addHandler(UpgradeGuardHandler(port: port), position: .after(decoder))
            try pipeline.addHandler(ParseErrorHandler())
            return value
        }
    }

    /// Returns when the connection is closed: by its handler when it is done, by
    /// `ParseErrorHandler`, by the peer, or here when the server stops. After a parse error the
    /// handler never returns (it waits for an upgrade decision that never comes), so it is not
    /// waited for.
    func handle(value: Inner.Value, logger: Logger) async {
        let inner = self.inner
        let work = Task {
            await inner.handle(value: value, logger: logger)
            try? await value.channel.close()
        }
        await withTaskCancellationHandler {
            try? await value.channel.closeFuture.get()
        } onCancel: {
            // The server is stopping: end the connection and its handler.
            work.cancel()
            value.channel.close(promise: nil)
        }
        work.cancel()
    }
}
