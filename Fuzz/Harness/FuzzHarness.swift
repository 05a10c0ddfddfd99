import Foundation
import ReportMarkdown
import ReportModel
import ReportTemplates

/// What each fuzz target does with one input, through the modules' public APIs only. The
/// libFuzzer entry points (`Fuzz/Targets`, built by `make fuzz`) and the replay test
/// (`FuzzReplayTests`, run by `swift test`) both call these, so a kept crash replays exactly.
/// Errors are the expected answer to bad input; only a crash, a hang or runaway memory is a finding.
public enum FuzzHarness {
    /// The targets by name, as `make fuzz` and `Tests/Fixtures/fuzz/<name>/` call them.
    public static let targets: [String: @Sendable ([UInt8]) -> Void] = [
        "yaml": yaml, "csv": csv, "templates": templates, "markdown": markdown,
    ]

    /// The input's first byte picks which Data/ file it replaces in a small valid project; the
    /// rest is that file's bytes. The project is loaded as `report build` would.
    public static func yaml(_ input: [UInt8]) {
        guard let first = input.first else { return }
        let names = Project.dataFiles
        load(replacing: names[Int(first) % names.count], with: Array(input.dropFirst()))
    }

    /// The input is the CSV of a declared series.
    public static func csv(_ input: [UInt8]) {
        load(replacing: "series/s.csv", with: input)
    }

    /// The input is a page template, with a partial and a layout beside it, rendered with a
    /// value that has text, markup, a flag, a list and an object.
    public static func templates(_ input: [UInt8]) {
        let text = String(decoding: input, as: UTF8.self)
        let sources: [(path: String, text: String)] = [
            ("pages/fuzz.md.mustache", text),
            ("partials/item.md.mustache", "- {{name}}{{#note}} ({{note}}){{/note}}\n"),
            ("layouts/page.html.mustache", "<main>{{{content}}}</main>\n"),
            ("briefings/fuzz.md.mustache", text),
        ]
        let value: ViewValue = [
            "title": "A <b>title</b>", "content": .raw("<p>x</p>"), "flag": true,
            "items": [["name": "one", "note": .null], ["name": "two", "note": "n"]],
            "chip": ["name": "H20", "specs": ["fp16": "148 TFLOPS"]],
        ]
        guard let library = try? TemplateLibrary(sources: sources) else { return }
        for name in ["pages/fuzz.md", "briefings/fuzz.md", "layouts/page.html"] {
            _ = try? library.render(name, with: value)
        }
    }

    /// The input is Markdown, converted with the default options and with raw HTML kept.
    public static func markdown(_ input: [UInt8]) {
        let text = String(decoding: input, as: UTF8.self)
        _ = Markdown.html(from: text)
        _ = Markdown.html(from: text, options: [.unsafeHTML, .smartPunctuation])
    }
}
