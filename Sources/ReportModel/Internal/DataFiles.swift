import Foundation

/// Where the loader reads Data/'s files from: a folder on disk, or bytes by path below Data/
/// (one commit's tree, read from a repository's objects).
enum DataFiles: Sendable {
    case folder(URL)
    case memory([String: Data])

    /// The bytes of `name` (a path below Data/), nil when there is no such file.
    func contents(_ name: String) -> Data? {
        switch self {
        case .folder(let directory):
            let path = directory.appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path) else { return nil }
            return FileManager.default.contents(atPath: path)
        case .memory(let files):
            return files[name]
        }
    }

    /// Whether `name` exists, readable or not.
    func exists(_ name: String) -> Bool {
        switch self {
        case .folder(let directory): FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path)
        case .memory(let files): files[name] != nil
        }
    }

    /// The text of `name` with the checks every input file gets (size, UTF-8, control characters).
    func read(_ name: String, rejectingControls controls: Bool = true) -> InputFile.Outcome {
        switch self {
        case .folder(let directory):
            return InputFile.read(directory.appendingPathComponent(name), rejectingControls: controls)
        case .memory(let files):
            guard let data = files[name] else { return .missing }
            return InputFile.check(Array(data), rejectingControls: controls)
        }
    }
}
