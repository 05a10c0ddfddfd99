import ReportTemplates
import Testing

/// The spec's sections module: truthiness, context stack, lists, implicit iterator, standalone lines.
@Suite struct SpecSectionsTests {
    static let cases: [SpecCase] = [
        SpecCase("a true flag renders the content", "[{{#f}}yes{{/f}}]", ["f": true], "[yes]"),
        SpecCase("a false flag renders nothing", "[{{#f}}yes{{/f}}]", ["f": false], "[]"),
        SpecCase("null is falsy", "[{{#n}}yes{{/n}}]", ["n": .null], "[]"),
        SpecCase("empty text is falsy", "[{{#t}}yes{{/t}}]", ["t": ""], "[]"),
        SpecCase("an object becomes the context", "{{#o}}Hi {{name}}{{/o}}", ["o": ["name": "Ada"]], "Hi Ada"),
        SpecCase("names missing inside resolve outside", "{{#o}}{{a}} {{b}} {{c.d}}{{/o}}",
                 ["a": "out", "b": "no", "o": ["b": "in"], "c": ["d": "cd"]], "out in cd"),
        SpecCase("the section's value is the implicit iterator", "{{#t}}{{.}}={{t}}{{/t}}", ["t": "v"], "v=v"),
        SpecCase("every context of nested lists is visible", "{{#a}}{{#b}}{{x}}{{y}};{{/b}}{{/a}}",
                 ["a": [["x": "1", "b": [["y": "a"], ["y": "b"]]]]], "1a;1b;"),
        SpecCase("deeply nested contexts resolve innermost first",
                 "{{#a}}{{#b}}{{#c}}{{one}}{{two}}{{three}}{{/c}}{{/b}}{{/a}}",
                 ["a": ["one": "1"], "b": ["two": "2"], "c": ["three": "3", "one": "x"]], "x23"),
        SpecCase("a list renders once per item", "{{#l}}<{{i}}>{{/l}}", ["l": [["i": "1"], ["i": "2"]]], "<1><2>"),
        SpecCase("an empty list renders nothing", "[{{#l}}x{{/l}}]", ["l": []], "[]"),
        SpecCase("a section may appear twice", "{{#f}}a{{/f}}-{{#f}}b{{/f}}", ["f": true], "a-b"),
        SpecCase("nested true sections render", "A{{#f}}B{{#f}}C{{/f}}D{{/f}}E", ["f": true], "ABCDE"),
        SpecCase("nested false sections do not", "A{{#f}}B{{#f}}C{{/f}}D{{/f}}E", ["f": false], "AE"),
        SpecCase("a missing name is falsy", "[{{#nope}}x{{/nope}}]", "[]"),
        SpecCase("the implicit iterator over text", "{{#l}}({{.}}){{/l}}", ["l": ["a", "b"]], "(a)(b)"),
        SpecCase("the implicit iterator over nested lists", "{{#l}}({{#.}}{{.}}{{/.}}){{/l}}",
                 ["l": [["1", "2"], ["a", "b"]]], "(12)(ab)"),
        SpecCase("the implicit iterator escapes", "{{#l}}{{.}}{{/l}}", ["l": ["<", "&"]], "&lt;&amp;"),
        SpecCase("the implicit iterator in triple braces does not", "{{#l}}{{{.}}}{{/l}}", ["l": ["<", "&"]], "<&"),
        SpecCase("the implicit iterator after an ampersand does not", "{{#l}}{{&.}}{{/l}}", ["l": ["<"]], "<"),
        SpecCase("dotted section names, true", "[{{#a.b}}y{{/a.b}}]", ["a": ["b": true]], "[y]"),
        SpecCase("dotted section names, false", "[{{#a.b}}y{{/a.b}}]", ["a": ["b": false]], "[]"),
        SpecCase("dotted section names, broken chain", "[{{#a.b.c}}y{{/a.b.c}}]", ["a": [:]], "[]"),
        SpecCase("whitespace around a section stays", " | {{#f}}\t|\t{{/f}} | \n", ["f": true], " | \t|\t | \n"),
        SpecCase("whitespace inside a section stays", " | {{#f}} {{! c }}\n {{/f}} | \n", ["f": true], " |  \n  | \n"),
        SpecCase("inline sections keep their indentation", " {{#f}}A{{/f}}\n {{#f}}B{{/f}}\n", ["f": true], " A\n B\n"),
        SpecCase("standalone section lines are removed", "a\n{{#f}}\nb\n{{/f}}\nc\n", ["f": true], "a\nb\nc\n"),
        SpecCase("indented standalone lines are removed", "a\n  {{#f}}\nb\n  {{/f}}\nc\n", ["f": true], "a\nb\nc\n"),
        SpecCase("CRLF ends a standalone line", "a\r\n{{#f}}\r\n{{/f}}\r\nb", ["f": true], "a\r\nb"),
        SpecCase("standalone needs no previous line", "  {{#f}}\n#{{/f}}\n/", ["f": true], "#\n/"),
        SpecCase("standalone needs no following newline", "#{{#f}}\n/\n  {{/f}}", ["f": true], "#\n/\n"),
        SpecCase("padding inside section tags is ignored", "|{{# f }}={{/ f }}|", ["f": true], "|=|"),
    ]

    @Test(arguments: cases) func behaviour(_ spec: SpecCase) throws {
        try spec.check()
    }
}
