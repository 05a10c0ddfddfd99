/// Thrown when input has errors: carries every problem found, not only the first.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    /// All problems, errors and warnings, sorted by place.
    public let diagnostics: [Diagnostic]

    /// Creates the error from problems found (sorted and de-duplicated here).
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = Array(Set(diagnostics)).sorted()
    }

    /// Only the errors.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// One diagnostic a line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
