/// Why a build or check did not succeed, with every message to show.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    /// The kind of failure, which decides the exit status.
    public enum Kind: Sendable, Equatable {
        /// Data/ or Templates/ has errors (exit 65).
        case invalidInput
        /// Data/ or Templates/ is not there (exit 66).
        case missingInput
        /// Anything else: the output cannot be written (exit 1).
        case other
    }

    /// What went wrong.
    public let kind: Kind
    /// One message a line, `path:line:col: error: ...` where there is a place.
    public let messages: [String]

    /// Creates a failure.
    public init(_ kind: Kind, _ messages: [String]) {
        self.kind = kind
        self.messages = messages
    }

    /// Unique messages ordered by file, then line and column as numbers.
    static func sorted(_ messages: [String]) -> [String] {
        func key(_ message: String) -> (String, Int, Int, String) {
            let parts = message.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
            guard parts.count == 4, let line = Int(parts[1]), let column = Int(parts[2]) else { return (message, 0, 0, message) }
            return (String(parts[0]), line, column, message)
        }
        return Array(Set(messages)).sorted { key($0) < key($1) }
    }

    /// One message a line.
    public var description: String { messages.joined(separator: "\n") }
}
