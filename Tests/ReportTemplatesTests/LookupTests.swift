import ReportTemplates
import Synchronization
import Testing

/// A lookup that counts the names it is asked for.
private final class CountingLookup: ViewLookup {
    let values: [String: ViewValue]
    let asked = Mutex<[String: Int]>([:])

    init(_ values: [String: ViewValue]) {
        self.values = values
    }

    func value(named name: String) -> ViewValue? {
        asked.withLock { $0[name, default: 0] += 1 }
        return values[name]
    }

    var names: [String] { Array(values.keys) }
}

/// Values that answer lookups themselves, when a template asks.
@Suite struct LookupTests {
    @Test func aLookupIsAskedOnlyForTheNamesTheTemplateUses() throws {
        let chip = CountingLookup(["name": "H20", "vendor": "Nvidia", "specs": ["tdp": "400 W"]])
        let templates = try library(["t.html.mustache": "{{chip.name}}/{{#chip}}{{name}} {{specs.tdp}}{{/chip}}"])
        #expect(try templates.render("t.html", with: ["chip": .lookup(chip)]) == "H20/H20 400 W")
        #expect(chip.asked.withLock { $0 } == ["name": 2, "specs": 1])
    }

    @Test func aMissingNameOnALookupIsALocatedError() throws {
        let templates = try library(["t.html.mustache": "\n  {{chip.nmae}}"])
        expectProblems(templates, "t.html", ["chip": .lookup(CountingLookup(["name": "H20"]))], [
            "Templates/t.html.mustache:2:3: error: 'chip.nmae': no 'nmae' here (did you mean 'name'?)",
        ])
    }

    @Test func aLookupPushedAsAContextIsSearchedFirst() throws {
        let templates = try library(["t.html.mustache": "{{#chip}}{{name}} {{site}} {{nmae}}{{/chip}}"])
        expectProblems(templates, "t.html", ["site": "S", "chip": .lookup(CountingLookup(["name": "H20"]))], [
            "Templates/t.html.mustache:1:28: error: unknown name 'nmae' (did you mean 'name'?)",
        ])
    }

    @Test func aLookupInDoubleBracesMustBeOpenedAsASection() throws {
        let templates = try library(["t.html.mustache": "{{chip}}"])
        expectProblems(templates, "t.html", ["chip": .lookup(CountingLookup([:]))], [
            "Templates/t.html.mustache:1:1: error: 'chip' is an object; open it as a section: {{#chip}}...{{/chip}}",
        ])
    }
}
