/// A problem in a template, located at its tag.
public struct TemplateProblem: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Path as shown to the user, e.g. `Templates/briefings/h20.md.mustache`.
    public let file: String
    /// 1-based line.
    public let line: Int
    /// 1-based column.
    public let column: Int
    /// What is wrong.
    public let message: String

    /// Creates a problem.
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:col: error: message`.
    public var description: String { "\(file):\(line):\(column): error: \(message)" }

    public static func < (lhs: TemplateProblem, rhs: TemplateProblem) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.message) < (rhs.file, rhs.line, rhs.column, rhs.message)
    }
}

/// Thrown when templates cannot be loaded or rendered; carries every problem found.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    /// The problems, sorted by place.
    public let problems: [TemplateProblem]

    /// Creates the error (problems are sorted and de-duplicated).
    public init(_ problems: [TemplateProblem]) {
        self.problems = Array(Set(problems)).sorted()
    }

    /// One problem a line.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

extension TemplateProblem: Error {}
