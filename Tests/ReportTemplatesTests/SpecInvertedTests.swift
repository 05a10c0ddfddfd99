import ReportTemplates
import Testing

/// The spec's inverted sections: rendered when the value is falsy, empty or missing.
@Suite struct SpecInvertedTests {
    static let cases: [SpecCase] = [
        SpecCase("a false flag renders the content", "[{{^f}}no{{/f}}]", ["f": false], "[no]"),
        SpecCase("a true flag renders nothing", "[{{^f}}no{{/f}}]", ["f": true], "[]"),
        SpecCase("an object is truthy", "[{{^o}}no{{/o}}]", ["o": ["a": "b"]], "[]"),
        SpecCase("a list is truthy", "[{{^l}}no{{/l}}]", ["l": [["n": "1"]]], "[]"),
        SpecCase("an empty list is falsy", "[{{^l}}none{{/l}}]", ["l": []], "[none]"),
        SpecCase("two inverted sections", "{{^f}}\n1\n{{/f}}\n{{t}}\n{{^f}}\n3\n{{/f}}\n",
                 ["f": false, "t": "2"], "1\n2\n3\n"),
        SpecCase("nested false", "A{{^f}}B{{^f}}C{{/f}}D{{/f}}E", ["f": false], "ABCDE"),
        SpecCase("nested true", "A{{^f}}B{{^f}}C{{/f}}D{{/f}}E", ["f": true], "AE"),
        SpecCase("a missing name renders the content", "[{{^nope}}missing{{/nope}}]", "[missing]"),
        SpecCase("dotted names, true", "[{{^a.b}}x{{/a.b}}]", ["a": ["b": true]], "[]"),
        SpecCase("dotted names, false", "[{{^a.b}}x{{/a.b}}]", ["a": ["b": false]], "[x]"),
        SpecCase("dotted names, broken chain", "[{{^a.b.c}}x{{/a.b.c}}]", ["a": [:]], "[x]"),
        SpecCase("whitespace around stays", " | {{^f}}\t|\t{{/f}} | \n", ["f": false], " | \t|\t | \n"),
        SpecCase("whitespace inside stays", " | {{^f}} {{! c }}\n {{/f}} | \n", ["f": false], " |  \n  | \n"),
        SpecCase("inline inverted sections keep indentation", " {{^f}}A{{/f}}\n {{^f}}B{{/f}}\n",
                 ["f": false], " A\n B\n"),
        SpecCase("standalone lines are removed", "a\n{{^f}}\nb\n{{/f}}\nc\n", ["f": false], "a\nb\nc\n"),
        SpecCase("indented standalone lines are removed", "a\n  {{^f}}\nb\n  {{/f}}\nc\n", ["f": false], "a\nb\nc\n"),
        SpecCase("CRLF ends a standalone line", "a\r\n{{^f}}\r\n{{/f}}\r\nb", ["f": false], "a\r\nb"),
        SpecCase("standalone needs no previous line", "  {{^f}}\n^{{/f}}\n/", ["f": false], "^\n/"),
        SpecCase("standalone needs no following newline", "^{{^f}}\n/\n  {{/f}}", ["f": false], "^\n/\n"),
        SpecCase("padding is ignored", "|{{^ f }}={{/ f }}|", ["f": false], "|=|"),
    ]

    @Test(arguments: cases) func behaviour(_ spec: SpecCase) throws {
        try spec.check()
    }
}
