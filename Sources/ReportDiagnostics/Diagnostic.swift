/// One problem found in the input, with where it is and why it is wrong.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How bad the problem is.
    public enum Severity: String, Sendable, Hashable {
        /// The build cannot go on.
        case error
        /// Worth fixing; the build goes on.
        case warning
    }

    /// Where the problem is.
    public let location: SourceLocation
    /// Error or warning.
    public let severity: Severity
    /// What is wrong, in a sentence without a trailing period.
    public let message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.location = location
        self.severity = severity
        self.message = message
    }

    /// An error at `location`.
    public static func error(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, at: location, message)
    }

    /// A warning at `location`.
    public static func warning(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, at: location, message)
    }

    /// An error that belongs to no file (a folder that is missing, a disk that is full).
    public static func error(_ message: String) -> Diagnostic {
        Diagnostic(.error, at: SourceLocation(file: "", line: 0, column: 0), message)
    }

    /// `path:line:col: error: message`, the format compilers use and editors understand;
    /// `error: message` when the problem belongs to no file.
    public var description: String {
        location.file.isEmpty ? "\(severity.rawValue): \(message)" : "\(location): \(severity.rawValue): \(message)"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.message) < (rhs.location, rhs.message)
    }
}
