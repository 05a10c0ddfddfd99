import ReportTemplates
import Testing

/// The spec's set-delimiter tags: they change the delimiters for the rest of the template only.
@Suite struct SpecDelimitersTests {
    static let cases: [SpecCase] = [
        SpecCase("new delimiters apply after the tag", "{{=<% %>=}}(<%t%>)", ["t": "x"], "(x)"),
        SpecCase("regex characters are plain delimiters", "({{=[ ]=}}[t])", ["t": "x"], "(x)"),
        SpecCase("delimiters persist into and after sections",
                 "{{#f}}{{d}}|d|{{/f}}\n{{= | | =}}\n|#f|{{d}}|d||/f|\n", ["f": true, "d": "x"], "x|d|\n{{d}}x\n"),
        SpecCase("delimiters persist in inverted sections",
                 "{{= | | =}}\n|^f|{{d}}|d||/f|\n", ["f": false, "d": "x"], "{{d}}x\n"),
        SpecCase("a partial keeps the default delimiters", "[{{>p}}]\n{{= | | =}}\n[|>p|]\n", ["v": "y"],
                 partials: ["p": ".{{v}}."], "[.y.]\n[.y.]\n"),
        SpecCase("delimiters set in a partial stay in it", "[{{>p}}][{{v}}|v|]", ["v": "y"],
                 partials: ["p": "{{v}}{{= | | =}}|v|"], "[yy][y|v|]"),
        SpecCase("whitespace around the tag stays", "| {{=@ @=}} |", "|  |"),
        SpecCase("a set-delimiter tag after text is not standalone", " | {{=@ @=}}\n", " | \n"),
        SpecCase("a standalone set-delimiter line is removed", "a\n{{=@ @=}}\nb\n", "a\nb\n"),
        SpecCase("an indented standalone set-delimiter line is removed", "a\n  {{=@ @=}}\nb\n", "a\nb\n"),
        SpecCase("CRLF ends a standalone set-delimiter line", "|\r\n{{= @ @ =}}\r\n|", "|\r\n|"),
        SpecCase("standalone needs no previous line", "  {{=@ @=}}\n=", "="),
        SpecCase("standalone needs no following newline", "=\n  {{=@ @=}}", "=\n"),
        SpecCase("padding inside the tag is ignored", "|{{= @   @ =}}|", "||"),
    ]

    @Test(arguments: cases) func behaviour(_ spec: SpecCase) throws {
        try spec.check()
    }

    @Test func aMalformedSetDelimiterTagIsALocatedSyntaxError() {
        let found = diagnostics { _ = try library(["t.html.mustache": "ok\n  {{=<%>=}}"]) }
        #expect(found == [
            "Templates/t.html.mustache:2:3: error: template syntax: invalid set-delimiter tag; write {{=<% %>=}}",
        ])
    }
}
