@testable import ReportTemplates
import Testing

/// Compiled templates are kept for the life of the process, by their text.
@Suite struct TemplateCacheTests {
    @Test func aTextIsCompiledOnceAndAnEditedTextAgain() {
        let cache = TemplateCache()
        var compiled = 0
        let compile = { () -> Result<[TemplateNode], TemplateSyntaxError> in
            compiled += 1
            return .success([.text("x")])
        }
        _ = cache.nodes(for: "{{a}} b", compile: compile)
        _ = cache.nodes(for: "{{a}} b", compile: compile)
        #expect(compiled == 1)
        _ = cache.nodes(for: "{{a}} c", compile: compile)
        #expect(compiled == 2)
    }

    @Test func syntaxErrorsAreNotCached() {
        let cache = TemplateCache()
        var compiled = 0
        let compile = { () -> Result<[TemplateNode], TemplateSyntaxError> in
            compiled += 1
            return .failure(TemplateSyntaxError(line: 1, column: 1, message: "bad"))
        }
        _ = cache.nodes(for: "{{#a}}", compile: compile)
        _ = cache.nodes(for: "{{#a}}", compile: compile)
        #expect(compiled == 2)
    }

    @Test func theHashIsStableAcrossRuns() {
        #expect(TemplateCache.hash("") == 0xcbf2_9ce4_8422_2325)
        #expect(TemplateCache.hash("a") == 0xaf63_dc4c_8601_ec8c)
    }
}
