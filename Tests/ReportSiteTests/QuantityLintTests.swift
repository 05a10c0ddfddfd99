import Testing
import ReportTemplates
@testable import ReportSite

@Suite struct QuantityLintTests {
    static func warnings(_ body: String) throws -> [String] {
        let library = try TemplateLibrary(sources: [(path: "briefings/b.md.mustache", text: "---\ntitle: 15% off\n---\n" + body)])
        return QuantityLint.warnings(in: try #require(library.files["briefings/b.md"])).map(\.description)
    }

    @Test func typedQuantitiesAreFlaggedWithTheirPlace() throws {
        let found = try Self.warnings("Share fell to 50% and the charge was $5.5 billion.\nThe H20 has 96 GB, 148 TFLOPS and cost 573億元.\nRMB 120,000 a card.\n")
        #expect(found == [
            "Templates/briefings/b.md.mustache:4:15: warning: '50%' is typed into the template; take it from the model so it carries its source",
            "Templates/briefings/b.md.mustache:4:38: warning: '$5.5 billion' is typed into the template; take it from the model so it carries its source",
            "Templates/briefings/b.md.mustache:5:13: warning: '96 GB' is typed into the template; take it from the model so it carries its source",
            "Templates/briefings/b.md.mustache:5:20: warning: '148 TFLOPS' is typed into the template; take it from the model so it carries its source",
            "Templates/briefings/b.md.mustache:5:40: warning: '573億元' is typed into the template; take it from the model so it carries its source",
            "Templates/briefings/b.md.mustache:6:1: warning: 'RMB 120,000' is typed into the template; take it from the model so it carries its source",
        ])
    }

    @Test func valuesFromTheModelYearsAndChipNamesAreNot() throws {
        #expect(try Self.warnings("In 2025 the {{chip.h20.name}} had {{{chip.h20.specs.fp16_tflops.md}}}; the Ascend 910B and Q3 2025 too.\n") == [])
    }
}
