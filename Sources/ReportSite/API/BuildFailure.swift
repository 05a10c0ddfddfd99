import ReportModel

/// Why a build or check did not succeed, with every problem to show.
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
    /// Every problem, sorted by place; warnings found on the way are included.
    public let diagnostics: [Diagnostic]

    /// Creates a failure.
    public init(_ kind: Kind, _ diagnostics: [Diagnostic]) {
        self.kind = kind
        self.diagnostics = DiagnosticError(diagnostics).diagnostics
    }

    /// One line a problem: `path:line:col: error: ...`, or `error: ...` where there is no place.
    public var messages: [String] { diagnostics.map(\.description) }

    /// One problem a line.
    public var description: String { messages.joined(separator: "\n") }
}
