import ReportTemplates
import Testing

/// The spec's interpolation module: `{{x}}`, `{{{x}}}`, `{{&x}}`, dotted names, whitespace.
@Suite struct SpecInterpolationTests {
    static let cases: [SpecCase] = [
        SpecCase("text without tags is copied", "Plain {text} here.\n", "Plain {text} here.\n"),
        SpecCase("a name is replaced by its value", "Hi, {{who}}.\n", ["who": "Ada"], "Hi, Ada.\n"),
        SpecCase("double braces escape HTML", "{{s}}", ["s": "a & \" < > b"], "a &amp; &quot; &lt; &gt; b"),
        SpecCase("triple braces do not escape", "{{{s}}}", ["s": "a & \" < >"], "a & \" < >"),
        SpecCase("an ampersand does not escape", "{{&s}}", ["s": "a & \" < >"], "a & \" < >"),
        SpecCase("a missing name is empty", "[{{nope}}]", "[]"),
        SpecCase("a missing name in triple braces is empty", "[{{{nope}}}]", "[]"),
        SpecCase("a missing name after an ampersand is empty", "[{{&nope}}]", "[]"),
        SpecCase("dotted names reach into objects", "{{a.b}}={{#a}}{{b}}{{/a}}", ["a": ["b": "x"]], "x=x"),
        SpecCase("dotted names in triple braces", "{{{a.b}}}", ["a": ["b": "<x>"]], "<x>"),
        SpecCase("dotted names after an ampersand", "{{&a.b}}", ["a": ["b": "<x>"]], "<x>"),
        SpecCase("dotted names of any depth", "{{a.b.c.d}}", ["a": ["b": ["c": ["d": "deep"]]]], "deep"),
        SpecCase("a broken chain is empty", "[{{a.b.c}}]", ["a": [:]], "[]"),
        SpecCase("later segments resolve only on the previous result", "[{{a.b.name}}]",
                 ["a": ["b": [:]], "name": "outer"], "[]"),
        SpecCase("the first segment resolves through the context stack", "{{#a}}{{b.c}}{{/a}}",
                 ["a": ["b": ["c": "inner"]], "b": ["c": "outer"]], "inner"),
        SpecCase("a dotted name does not fall back to outer contexts", "[{{#a}}{{b.c}}{{/a}}]",
                 ["a": ["b": [:]], "b": ["c": "outer"]], "[]"),
        SpecCase("whitespace around a tag stays", "| {{s}} |", ["s": "-"], "| - |"),
        SpecCase("whitespace around triple braces stays", "| {{{s}}} |", ["s": "-"], "| - |"),
        SpecCase("whitespace around an ampersand tag stays", "| {{&s}} |", ["s": "-"], "| - |"),
        SpecCase("an interpolation alone on a line is not standalone", "  {{s}}\n", ["s": "-"], "  -\n"),
        SpecCase("triple braces alone on a line are not standalone", "  {{{s}}}\n", ["s": "-"], "  -\n"),
        SpecCase("padding inside the tag is ignored", "|{{ s }}|{{{ s }}}|{{& s }}|", ["s": "-"], "|-|-|-|"),
        SpecCase("null renders empty", "[{{n}}]", ["n": .null], "[]"),
    ]

    @Test(arguments: cases) func behaviour(_ spec: SpecCase) throws {
        try spec.check()
    }
}
