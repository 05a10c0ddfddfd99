import Foundation
import Hummingbird
#if canImport(Glibc)
import Glibc
#endif

/// Serves files from the site folder: only regular files reached through real folders inside
/// it (no symbolic link anywhere below the site folder, no `..`, no hidden files); a folder gives
/// its index.html; HTML gets the live-reload script.
struct SiteFiles {
    let root: URL

    func response(forPath path: String) -> Response {
        guard let url = file(for: path), var data = FileManager.default.contents(atPath: url.path) else {
            return Self.notFound
        }
        let type = Self.contentType(url.pathExtension)
        if url.pathExtension == "html" {
            data = Data(LiveReloadScript.inject(into: String(decoding: data, as: UTF8.self)).utf8)
        }
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The file a request path names, or nil when it is outside the site, hidden, reached
    /// through a symbolic link, not a regular file, or absent.
    func file(for path: String) -> URL? {
        let target = path.prefix { $0 != "?" && $0 != "#" }
        let decoded = String(target).removingPercentEncoding ?? String(target)
        let parts = decoded.split(separator: "/").map(String.init)
        guard !parts.contains(where: { $0 == ".." || $0.hasPrefix(".") || $0.contains("\0") }) else { return nil }
        var url = root
        for part in parts {
            url.appendPathComponent(part)
            guard let kind = Self.kind(of: url) else { return nil }
            if kind == S_IFDIR { continue }
            guard kind == S_IFREG, part == parts.last else { return nil }
            return url
        }
        url.appendPathComponent("index.html")
        return Self.kind(of: url) == S_IFREG ? url : nil
    }

    /// The file type bits of `url` itself (a link is a link, not what it points to).
    static func kind(of url: URL) -> mode_t? {
        var status = stat()
        guard lstat(url.path, &status) == 0 else { return nil }
        return status.st_mode & S_IFMT
    }

    static var notFound: Response { plain(.notFound, "Not found.\n") }

    static func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func contentType(_ pathExtension: String) -> String {
        switch pathExtension {
        case "html": "text/html; charset=utf-8"
        case "md": "text/markdown; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "svg": "image/svg+xml"
        case "json": "application/json"
        case "png": "image/png"
        case "txt": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}
