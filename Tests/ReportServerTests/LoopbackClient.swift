import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A blocking TCP client on 127.0.0.1 with a receive timeout: plain HTTP GETs, and just
/// enough WebSocket to read text frames from the server.
final class LoopbackClient {
    private let socket: Int32
    private var buffer: [UInt8] = []

    init(port: UInt16, timeout seconds: Int = 10) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var time = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { throw ClientError.cannotConnect }
    }

    deinit { close(socket) }

    enum ClientError: Error { case cannotConnect, closed, badFrame }

    func send(_ text: String) {
        send(bytes: Array(text.utf8))
    }

    func send(bytes: [UInt8]) {
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes {
                Glibc.send(socket, $0.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL))
            }
            guard count > 0 else { return }
            sent += count
        }
    }

    /// `GET path` → status line and body (the connection is closed after).
    static func get(
        _ path: String, port: UInt16, host: String = "127.0.0.1", headers: String = ""
    ) throws -> (status: String, body: String) {
        let client = try LoopbackClient(port: port)
        client.send("GET \(path) HTTP/1.1\r\nHost: \(host)\r\n\(headers)Connection: close\r\n\r\n")
        return try client.response()
    }

    /// The status line and body of the next response.
    func response() throws -> (status: String, body: String) {
        let head = try readUntil("\r\n\r\n")
        let status = String(head.split(separator: "\r\n").first ?? "")
        let length = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
            .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) } ?? 0
        let body = try read(count: length)
        return (status, String(decoding: body, as: UTF8.self))
    }

    /// Opens a WebSocket on `path`; returns the client after the 101 response.
    static func webSocket(_ path: String, port: UInt16, origin: String? = nil) throws -> LoopbackClient {
        let (client, status) = try upgrade(path, port: port, origin: origin)
        guard status.hasPrefix("HTTP/1.1 101") else { throw ClientError.badFrame }
        return client
    }

    /// Asks for a WebSocket on `path`; returns the client and the response's status line.
    static func upgrade(
        _ path: String, port: UInt16, origin: String?, host: String? = nil
    ) throws -> (LoopbackClient, String) {
        let client = try LoopbackClient(port: port)
        client.send("GET \(path) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + (origin.map { "Origin: \($0)\r\n" } ?? "")
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
        let head = try client.readUntil("\r\n\r\n")
        return (client, String(head.split(separator: "\r\n").first ?? ""))
    }

    /// Everything the server sends until it closes the connection (or the timeout).
    func readToEnd() -> String {
        while (try? fill()) != nil {}
        return String(decoding: buffer, as: UTF8.self)
    }

    /// The next text frame's payload (server frames are not masked).
    func readTextFrame() throws -> String {
        let header = try read(count: 2)
        var length = Int(header[1] & 0x7F)
        if length == 126 {
            let extended = try read(count: 2)
            length = Int(extended[0]) << 8 | Int(extended[1])
        } else if length == 127 {
            throw ClientError.badFrame
        }
        let payload = try read(count: length)
        guard header[0] & 0x0F == 1 else { return try readTextFrame() }
        return String(decoding: payload, as: UTF8.self)
    }

    private func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = recv(socket, &chunk, chunk.count, 0)
        guard count > 0 else { throw ClientError.closed }
        buffer += chunk[0..<count]
    }

    private func read(count: Int) throws -> [UInt8] {
        while buffer.count < count { try fill() }
        defer { buffer.removeFirst(count) }
        return Array(buffer[0..<count])
    }

    private func readUntil(_ marker: String) throws -> String {
        let pattern = Array(marker.utf8)
        while true {
            if let end = buffer.indices.first(where: { buffer[$0...].starts(with: pattern) }) {
                let head = String(decoding: buffer[0..<end], as: UTF8.self)
                buffer.removeFirst(end + pattern.count)
                return head
            }
            try fill()
        }
    }
}
