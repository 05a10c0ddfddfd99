import Foundation

/// What the last build left for the next one, kept in the state folder beside the site: the
/// outputs it made, what each read and wrote. Stored in a compact binary form named by the
/// build's id, which the site's marker file also holds, so a state is only ever used with
/// the site it describes.
struct BuildState: Sendable, Equatable {
    /// Changes whenever the encoding does.
    static let magic = "report build state 3"

    var outputs: [String: OutputRecord]

    func encoded() -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(Self.magic)
        writer.write(UInt64(outputs.count))
        for id in outputs.keys.sorted() {
            let output = outputs[id]!
            writer.write(id)
            writer.write(output.dependencyHash)
            writer.write(UInt64(output.dependencies.count))
            for key in output.dependencies {
                writer.write(key.tag)
                writer.write(key.argument)
            }
            writer.write(UInt64(output.files.count))
            for path in output.files.keys.sorted() {
                writer.write(path)
                writer.write(output.files[path]!)
            }
            write(output.page, to: &writer)
        }
        return writer.bytes
    }

    /// The state in `bytes`; nil when they are not a state of this version.
    init?(decoding bytes: [UInt8]) {
        var reader = BinaryReader(bytes)
        guard reader.string() == Self.magic, let count = reader.count() else { return nil }
        var outputs: [String: OutputRecord] = [:]
        for _ in 0..<count {
            guard let id = reader.string(), let output = Self.output(&reader) else { return nil }
            outputs[id] = output
        }
        guard reader.isAtEnd else { return nil }
        self.outputs = outputs
    }

    init(outputs: [String: OutputRecord]) {
        self.outputs = outputs
    }

    private static func output(_ reader: inout BinaryReader) -> OutputRecord? {
        guard let hash = reader.uint64(), let keyCount = reader.count() else { return nil }
        var keys: [DependencyKey] = []
        for _ in 0..<keyCount {
            guard let tag = reader.byte(), let argument = reader.string(),
                  let key = DependencyKey(tag: tag, argument: argument) else { return nil }
            keys.append(key)
        }
        guard let fileCount = reader.count() else { return nil }
        var files: [String: UInt64] = [:]
        for _ in 0..<fileCount {
            guard let path = reader.string(), let fileHash = reader.uint64() else { return nil }
            files[path] = fileHash
        }
        guard let hasPage = reader.byte() else { return nil }
        var page: PageSummary?
        if hasPage == 1 {
            guard let path = reader.string(), let title = reader.string(), let kindName = reader.string(),
                  let kind = Page.Kind(rawValue: kindName), let text = reader.string(),
                  let citedCount = reader.count() else { return nil }
            var cited: [String] = []
            for _ in 0..<citedCount {
                guard let id = reader.string() else { return nil }
                cited.append(id)
            }
            page = PageSummary(path: path, title: title, kind: kind, cited: cited, text: text)
        }
        return OutputRecord(dependencies: keys, dependencyHash: hash, files: files, page: page)
    }

    private func write(_ page: PageSummary?, to writer: inout BinaryWriter) {
        guard let page else {
            writer.write(UInt8(0))
            return
        }
        writer.write(UInt8(1))
        writer.write(page.path)
        writer.write(page.title)
        writer.write(page.kind.rawValue)
        writer.write(page.text)
        writer.write(UInt64(page.cited.count))
        for id in page.cited { writer.write(id) }
    }
}
