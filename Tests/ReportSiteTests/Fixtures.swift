import Foundation
import Testing
@testable import ReportSite

/// Test projects under Tests/Fixtures: `valid`, and `invalid/NAME`, each an overlay of files
/// on top of `valid` with the messages it must produce in `expected-errors.txt`.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let valid = root.appendingPathComponent("valid")

    static var invalidNames: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("invalid").path))?.sorted() ?? []
    }

    /// A fresh copy of `valid` in a temporary folder, with `overlay`'s files laid over it.
    static func project(overlay: String? = nil) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["Data", "Templates"] {
            try FileManager.default.copyItem(at: valid.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        if let overlay {
            let source = root.appendingPathComponent("invalid").appendingPathComponent(overlay)
            for path in FileManager.default.subpaths(atPath: source.path) ?? [] where !path.hasSuffix("expected-errors.txt") {
                var isDirectory: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: source.appendingPathComponent(path).path, isDirectory: &isDirectory)
                guard !isDirectory.boolValue else { continue }
                let target = folder.appendingPathComponent(path)
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(at: source.appendingPathComponent(path), to: target)
            }
        }
        return folder
    }

    static func expectedErrors(_ name: String) throws -> [String] {
        let url = root.appendingPathComponent("invalid").appendingPathComponent(name).appendingPathComponent("expected-errors.txt")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    }
}

/// Every file under `folder` with its bytes, by relative path.
func tree(_ folder: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    for path in FileManager.default.subpaths(atPath: folder.path) ?? [] {
        let url = folder.appendingPathComponent(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
        files[path] = FileManager.default.contents(atPath: url.path)
    }
    return files
}

/// The messages a check prints for `project`, as `report check` would show them.
func checkMessages(_ project: URL) -> [String] {
    do {
        _ = try Site.check(BuildOptions(root: project))
        return []
    } catch let failure as BuildFailure {
        return failure.diagnostics.filter { $0.severity == .error }.map(\.description)
    } catch {
        return ["unexpected: \(error)"]
    }
}
