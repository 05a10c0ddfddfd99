import ReportTemplates
import Testing

/// The spec's optional inheritance module: parents `{{<x}}` and blocks `{{$x}}`.
@Suite struct SpecInheritanceTests {
    /// Three generations of parents, each overriding block `a`.
    static let chain = ["p": "{{<o}}{{$a}}p{{/a}}{{/o}}", "o": "{{<g}}{{$a}}o{{/a}}{{/g}}", "g": "{{$a}}g{{/a}}"]

    static let cases: [SpecCase] = [
        SpecCase("a block renders its default", "{{$b}}default{{/b}}\n", "default\n"),
        SpecCase("a default renders variables", "{{$b}}<{{v}}>{{/b}}", ["v": "x"], "<x>"),
        SpecCase("a default renders triple braces", "{{$b}}{{{v}}}{{/b}}", ["v": "<x>"], "<x>"),
        SpecCase("a default renders sections", "{{$b}}{{#o}}{{v}}{{/o}}{{/b}}", ["o": ["v": "x"]], "x"),
        SpecCase("a default renders inverted sections", "{{$b}}{{^n}}{{v}}{{/n}}{{/b}}", ["v": "x"], "x"),
        SpecCase("data is not parsed as a template", "{{$b}}{{#o}}{{v}}{{/o}}{{/b}}", ["o": ["v": "{{w}}"]], "{{w}}"),
        SpecCase("a parent without overrides renders its defaults", "{{<p}}{{/p}}\n",
                 partials: ["p": "{{$b}}default{{/b}}"], "default"),
        SpecCase("a block in the parent tag overrides", "{{<p}}{{$t}}mine{{/t}}{{/p}}",
                 partials: ["p": "..{{$t}}theirs{{/t}}.."], "..mine.."),
        SpecCase("data does not override a block", "{{<p}}{{$v}}template{{/v}}{{/p}}", ["v": "data"],
                 partials: ["p": "{{$v}}parent{{/v}}"], "template"),
        SpecCase("data does not override a default", "{{<p}}{{/p}}", ["v": "data"],
                 partials: ["p": "{{$v}}parent{{/v}}"], "parent"),
        SpecCase("text before a parent stays", "go {{<p}}{{$s}}over{{/s}}{{/p}}",
                 partials: ["p": "{{$s}}..{{/s}}"], "go over"),
        SpecCase("the same parent twice with different blocks",
                 "{{<p}}{{$s}}1{{/s}}{{/p}} {{<p}}{{$s}}2{{/s}}{{/p}}\n",
                 partials: ["p": "|{{$s}}.{{/s}}{{$d}} d{{/d}}|"], "|1 d| |2 d|\n"),
        SpecCase("an override may hold lines", "{{<p}}{{$b}}\none\n\ntwo\n{{/b}}{{/p}}",
                 partials: ["p": "{{$b}}x{{/b}}"], "one\n\ntwo\n"),
        SpecCase("an inline block keeps the parent's indentation", "{{<p}}{{$b}}mine{{/b}}{{/p}}",
                 partials: ["p": "a:\n  {{$b}}theirs{{/b}}\n"], "a:\n  mine\n"),
        SpecCase("blocks not overridden keep their defaults", "{{<p}}{{$two}}2{{/two}}{{/p}}",
                 partials: ["p": "{{$one}}one{{/one}}, {{$two}}two{{/two}}"], "one, 2"),
        SpecCase("a parent without blocks is a partial", "{{>p}}|{{<p}}{{/p}}",
                 partials: ["p": "{{$b}}d{{/b}}"], "d|d"),
        SpecCase("blocks pass through recursive parents", "{{<p}}{{$a}}o{{/a}}{{/p}}",
                 partials: [
                     "p": "{{$a}}pa{{/a}} {{$b}}{{<q}}{{/q}}{{/b}}",
                     "q": "{{$a}}qa{{/a}} {{<p}}{{$b}}end{{/b}}{{/p}}",
                 ],
                 "o o o end"),
        SpecCase("the outermost override wins", "{{<p}}{{$a}}c{{/a}}{{/p}}",
                 partials: chain, "c"),
        SpecCase("without a top override the nearest one wins", "{{<p}}{{/p}}",
                 partials: chain, "p"),
        SpecCase("text inside a parent tag is ignored", "{{<p}} junk {{$b}}kept{{/b}} junk {{/p}}",
                 partials: ["p": "{{$b}}d{{/b}}"], "kept"),
        SpecCase("a parent tag holding only text renders defaults", "{{<p}} junk {{/p}}",
                 partials: ["p": "{{$b}}d{{/b}}"], "d"),
        SpecCase("a standalone parent is indented like a partial", "Hi,\n  {{<p}}{{/p}}\n",
                 partials: ["p": "one\ntwo\n"], "Hi,\n  one\n  two\n"),
        SpecCase("a block opened and closed on one line stands alone", "{{<p}}{{$b}}\na\nb{{/b}}\n{{/p}}\n",
                 partials: ["p": "List:\n    {{$b}}{{/b}}\n"], "List:\n    a\n    b\n"),
        SpecCase("an override loses its own indentation and takes the block's",
                 "{{<p}}{{$b}}\n      a\n      b\n{{/b}}{{/p}}\n",
                 partials: ["p": "List:\n  {{$b}}\n  {{/b}}\n"], "List:\n  a\n  b\n"),
        SpecCase("an unindented block takes its default's indentation", "{{<p}}{{$b}}\na\nb\n{{/b}}{{/p}}\n",
                 partials: ["p": "List:\n{{$b}}\n   x\n{{/b}}\n"], "List:\n   a\n   b\n"),
        SpecCase("nested blocks are indented relative to the block around them",
                 "{{<p}}{{$inner}}\nc\n{{/inner}}{{/p}}\n",
                 partials: [
                     "p": "{{<g}}{{$outer}}\n    a\n    {{$inner}}\n      b\n    {{/inner}}\n{{/outer}}{{/g}}\n",
                     "g": "{{$outer}}default{{/outer}}",
                 ], "a\n    c\n"),
    ]

    @Test(arguments: cases) func behaviour(_ spec: SpecCase) throws {
        try spec.check()
    }
}
