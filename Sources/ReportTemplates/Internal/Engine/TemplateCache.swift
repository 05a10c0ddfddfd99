import Synchronization

/// Compiled templates for the life of the process, by a hash of their text: a long-lived
/// process (the preview server reloads the library on every edit) compiles each text once.
final class TemplateCache: Sendable {
    static let shared = TemplateCache()

    private struct Entry {
        let text: String
        let nodes: [TemplateNode]
    }

    private let entries = Mutex<[UInt64: Entry]>([:])
    /// Beyond this many texts the cache starts over, so edits cannot grow it without bound.
    private let limit = 4_096

    /// The nodes of `text`, compiled now or earlier; syntax errors are not cached.
    func nodes(for text: String, compile: () -> Result<[TemplateNode], TemplateSyntaxError>)
        -> Result<[TemplateNode], TemplateSyntaxError>
    {
        let key = Self.hash(text)
        if let entry = entries.withLock({ $0[key] }), entry.text == text { return .success(entry.nodes) }
        let result = compile()
        if case .success(let nodes) = result {
            entries.withLock { entries in
                if entries.count >= limit { entries.removeAll() }
                entries[key] = Entry(text: text, nodes: nodes)
            }
        }
        return result
    }

    /// FNV-1a over the UTF-8 bytes: stable across runs, unlike `Hasher`.
    static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            return hash
        }
    }
}
