import Foundation

/// The words the site writes into pages itself ("unknown", month names, link texts), read
/// from a YAML mapping of keys to text, e.g. `Templates/strings/en.yaml`.
public struct StringsTable: Sendable {
    /// Text by key.
    public let entries: [String: String]
    /// Where each key is written.
    public let locations: [String: SourceLocation]
    /// The file as shown in messages.
    public let file: String

    /// Reads the table at `url`; `displayName` is its path as shown in messages.
    /// - Throws: `DiagnosticError` with every problem: unreadable file, bad YAML, a value that is not text.
    public static func load(from url: URL, displayName: String) throws -> StringsTable {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DiagnosticError([.error("the strings table is missing", at: SourceLocation(file: displayName, line: 1, column: 1))])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError([.error("cannot read the file as UTF-8", at: SourceLocation(file: displayName, line: 1, column: 1))])
        }
        return try parse(text, displayName: displayName)
    }

    /// Reads a table from its text.
    public static func parse(_ text: String, displayName: String) throws -> StringsTable {
        let decoder = DataDecoder(file: displayName)
        var entries: [String: String] = [:]
        var locations: [String: SourceLocation] = [:]
        if let root = decoder.compose(text), case .mapping(let mapping) = root {
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                guard case .scalar(let scalar) = value else {
                    decoder.error("'\(name)' must be text", at: value)
                    continue
                }
                entries[name] = scalar.string
                locations[name] = decoder.location(of: key)
            }
        } else if decoder.diagnostics.isEmpty {
            decoder.error("expected a mapping of keys to text", at: SourceLocation(file: displayName, line: 1, column: 1))
        }
        guard decoder.diagnostics.isEmpty else { throw DiagnosticError(decoder.diagnostics) }
        return StringsTable(entries: entries, locations: locations, file: displayName)
    }
}
