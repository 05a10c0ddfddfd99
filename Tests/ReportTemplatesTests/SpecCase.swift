import ReportTemplates
import Testing

/// One behaviour of the Mustache spec: a template, its data and partials, the expected output.
struct SpecCase: Sendable, CustomTestStringConvertible {
    let behaviour: String
    let template: String
    let data: ViewValue
    let partials: [String: String]
    let expected: String

    init(_ behaviour: String, _ template: String, _ data: ViewValue, partials: [String: String] = [:],
         _ expected: String) {
        self.behaviour = behaviour
        self.template = template
        self.data = data
        self.partials = partials
        self.expected = expected
    }

    init(_ behaviour: String, _ template: String, partials: [String: String] = [:], _ expected: String) {
        self.init(behaviour, template, [:], partials: partials, expected)
    }

    var testDescription: String { behaviour }

    /// Renders the case in lenient mode (the spec's) and checks the output.
    func check(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        #expect(try lenient(template, data, partials: partials) == expected, sourceLocation: sourceLocation)
    }
}
