import Foundation

/// What the last build read and wrote, kept in `site/.report-manifest.json`, so the next
/// build can tell what changed.
struct Manifest: Codable, Equatable {
    static let fileName = ".report-manifest.json"

    /// Size and modification time of an input file: equal stats mean nothing to do.
    struct InputStat: Codable, Equatable {
        var size: Int64
        var modified: Double
    }

    /// One page (or chart, or asset) and what it was made from.
    struct Output: Codable, Equatable {
        /// The inputs it read: `chip:h20`, `template:pages/chip.md`, `source:x` ...
        var dependencies: [String]
        /// The hash of those inputs' fingerprints when it was made.
        var dependencyHash: String
        /// The files it wrote, with a hash of their bytes.
        var files: [String: String]
        /// The sources the page cites, for the sources page.
        var cited: [String]
    }

    var version: String
    var inputs: [String: InputStat]
    var outputs: [String: Output]

    static func read(from site: URL) -> Manifest? {
        guard let data = FileManager.default.contents(atPath: site.appendingPathComponent(fileName).path) else { return nil }
        return try? JSONDecoder().decode(Manifest.self, from: data)
    }

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }

    /// Every output file by path, with its hash.
    var files: [String: String] {
        outputs.values.reduce(into: [:]) { all, output in all.merge(output.files) { first, _ in first } }
    }
}

/// The version that invalidates every output when it changes: the release, and the size and
/// modification time of the running executable, so a rebuilt `report` re-renders everything.
enum ReportVersion {
    static let release = "report 0.1.0 (output format 1)"

    static let string: String = {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: executable.path) else { return release }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(release); executable \(size) bytes, modified \(modified)"
    }()
}

/// Stats of every file under the project's input folders.
enum InputScan {
    static func stats(of folders: [URL], root: URL) -> [String: Manifest.InputStat] {
        var stats: [String: Manifest.InputStat] = [:]
        let prefix = root.standardizedFileURL.path + "/"
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: [.fileSizeKey, .contentModificationDateKey, .isRegularFileKey]
            ) else { continue }
            for case let url as URL in enumerator {
                guard let values = try? url.resourceValues(forKeys: [.fileSizeKey, .contentModificationDateKey, .isRegularFileKey]),
                      values.isRegularFile == true else { continue }
                let path = url.standardizedFileURL.path
                let relative = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
                stats[relative] = Manifest.InputStat(
                    size: Int64(values.fileSize ?? 0), modified: values.contentModificationDate?.timeIntervalSince1970 ?? 0
                )
            }
        }
        return stats
    }
}
