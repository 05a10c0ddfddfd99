/// Why a template cannot be compiled: every problem found, located in its file.
struct TemplateSyntaxError: Error, Sendable {
    struct Problem: Sendable {
        let line: Int
        let column: Int
        let message: String
    }

    let problems: [Problem]

    init(_ problems: [Problem]) {
        self.problems = problems
    }

    init(line: Int, column: Int, message: String) {
        self.problems = [Problem(line: line, column: column, message: message)]
    }
}
