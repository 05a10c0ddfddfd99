import ReportTemplates
import Testing

/// The spec's partials: expansion in the current context, recursion, standalone indentation.
@Suite struct SpecPartialsTests {
    static let cases: [SpecCase] = [
        SpecCase("a partial expands in place", "[{{>p}}]", partials: ["p": "inside"], "[inside]"),
        SpecCase("a missing partial is empty", "[{{>p}}]", "[]"),
        SpecCase("a partial sees the current context", "[{{>p}}]", ["t": "x"], partials: ["p": "*{{t}}*"], "[*x*]"),
        SpecCase("a partial may include itself", "{{>node}}",
                 ["c": "1", "kids": [["c": "2", "kids": []]]],
                 partials: ["node": "{{c}}({{#kids}}{{>node}}{{/kids}})"], "1(2())"),
        SpecCase("whitespace around a partial stays", "| {{>p}} |", partials: ["p": "\t|\t"], "| \t|\t |"),
        SpecCase("an inline partial is not indented", "  {{d}}  {{> p}}\n", ["d": "|"],
                 partials: ["p": ">\n>"], "  |  >\n>\n"),
        SpecCase("CRLF ends a standalone partial line", "|\r\n{{>p}}\r\n|", partials: ["p": ">"], "|\r\n>|"),
        SpecCase("standalone needs no previous line", "  {{>p}}\n>", partials: ["p": ">\n>"], "  >\n  >>"),
        SpecCase("standalone needs no following newline", ">\n  {{>p}}", partials: ["p": ">\n>"], ">\n  >\n  >"),
        SpecCase("each line of a standalone partial is indented, not the data", "\\\n {{>p}}\n/\n",
                 ["v": "<\n->"], partials: ["p": "|\n{{{v}}}\n|\n"], "\\\n |\n <\n->\n |\n/\n"),
        SpecCase("nested standalone partials add their indentation", "  {{>a}}\n",
                 partials: ["a": "a\n  {{>b}}\n", "b": "b\n"], "  a\n    b\n"),
        SpecCase("padding inside the tag is ignored", "|{{> p }}|", partials: ["p": "[]"], "|[]|"),
    ]

    @Test(arguments: cases) func behaviour(_ spec: SpecCase) throws {
        try spec.check()
    }

    @Test func recursionWithoutEndIsALocatedError() throws {
        let templates = try library(["loop.html.mustache": "x\n {{> loop.html}}"])
        let found = diagnostics { _ = try templates.render("loop.html", with: [:]) }
        #expect(found == [
            "Templates/loop.html.mustache:2:2: error: "
                + "'loop.html' is nested 100 deep; does it include itself without end?",
        ])
    }
}
