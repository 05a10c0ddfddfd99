import Foundation

/// Writes a synthetic project of `n` chips and `n` briefings (about 1,500 words each, with
/// tables, footnotes, headings and Chinese text) in report's format, and the same content as
/// a Hugo site doing equivalent work: one page per briefing, one page per chip rendered from
/// a data file by a template. All names say they are synthetic.
struct Corpus {
    let n: Int
    let templates: URL
    var random = Random(seed: 20_251_129)

    var vendorCount: Int { max(10, n / 20) }
    var sourceCount: Int { max(50, n / 2) }

    static let words = "export control licence accelerator bandwidth memory inference training cluster supply demand revenue market share quarter fiscal domestic vendor compute interconnect package yield node foundry capacity customer rule review guidance estimate analyst filing shipment order".split(separator: " ").map(String.init)
    static let chinese = ["國產芯片的出貨量在本季度繼續增長。", "業內人士表示，推理需求仍是主要驅動力。", "監管部門要求數據中心提高國產化率。", "英偉達在中國市場的份額出現明顯變化。"]

    mutating func write(project: URL, hugo: URL) throws {
        try? FileManager.default.removeItem(at: project)
        try? FileManager.default.removeItem(at: hugo)
        let data = project.appendingPathComponent("Data")
        try FileManager.default.createDirectory(at: data.appendingPathComponent("series"), withIntermediateDirectories: true)
        for folder in ["layouts", "pages", "assets", "strings"] {
            try FileManager.default.createDirectory(at: project.appendingPathComponent("Templates"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: templates.appendingPathComponent(folder), to: project.appendingPathComponent("Templates/\(folder)"))
        }
        try FileManager.default.createDirectory(at: project.appendingPathComponent("Templates/briefings"), withIntermediateDirectories: true)
        // The project's home page is a dashboard of the default data's own metrics; the
        // synthetic corpus has none of them, so its home page lists briefings and chips.
        try write(Self.indexTemplate, to: project.appendingPathComponent("Templates/pages/index.md.mustache"))
        for folder in ["content/briefings", "content/chips", "data", "layouts/_default", "layouts/chips", "layouts/shortcodes"] {
            try FileManager.default.createDirectory(at: hugo.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try write("title: Synthetic benchmark\ndescription: Synthetic data for the benchmark.\nlanguage: en\nreference_chip: c00001\n", to: data.appendingPathComponent("site.yaml"))
        try write(sources(), to: data.appendingPathComponent("sources.yaml"))
        try write(vendors(), to: data.appendingPathComponent("vendors.yaml"))
        let (chipsYAML, chipsJSON) = chips()
        try write(chipsYAML, to: data.appendingPathComponent("chips.yaml"))
        try write(chipsJSON, to: hugo.appendingPathComponent("data/chips.json"))
        try write(events(), to: data.appendingPathComponent("events.yaml"))
        try write(seriesYAML(), to: data.appendingPathComponent("series.yaml"))
        for index in 1...10 { try write(seriesCSV(index), to: data.appendingPathComponent("series/s\(index).csv")) }
        try write(chartsYAML(), to: data.appendingPathComponent("charts.yaml"))
        try HugoSite.writeScaffold(to: hugo)
        for index in 1...n {
            let (ours, theirs) = briefing(index)
            try write(ours, to: project.appendingPathComponent("Templates/briefings/b\(pad(index)).md.mustache"))
            try write(theirs, to: hugo.appendingPathComponent("content/briefings/b\(pad(index)).md"))
            try write("---\ntitle: Chip \(index)\nchip: c\(pad(index))\n---\n", to: hugo.appendingPathComponent("content/chips/c\(pad(index)).md"))
        }
    }

    func pad(_ index: Int) -> String {
        let text = String(index)
        return String(repeating: "0", count: max(0, 5 - text.count)) + text
    }

    private func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    private func sources() -> String {
        (1...sourceCount).map { index in
            "- id: s\(pad(index))\n  title: Synthetic source \(index)\n  publisher: Synthetic Wire\n  date: 2025-\(String(format: "%02d", index % 12 + 1))-01\n  url: https://example.invalid/source/\(index)\n  language: en\n"
        }.joined()
    }

    private func vendors() -> String {
        (1...vendorCount).map { index in
            "- id: v\(pad(index))\n  name: Vendor \(index)\n  name_zh: 廠商\(index)號\n  country: CN\n  summary: Synthetic vendor \(index).\n"
        }.joined()
    }

    mutating func source() -> String { "s\(pad(random.int(1..<(sourceCount + 1))))" }

    mutating func chips() -> (String, String) {
        var yaml = ""
        var json: [String] = []
        for index in 1...n {
            let fp16 = random.decimal(20..<2000), memory = random.int(16..<192), bandwidth = random.decimal(1..<8), power = random.int(150..<1000)
            let source = source(), other = self.source()
            let disputed = index % 10 == 0 ? "\n      - { value: \(random.decimal(20..<2000)), unit: TFLOPS, as_of: 2025, source: \(other), confidence: low }" : ""
            let fp16YAML = disputed.isEmpty
                ? "{ value: \(fp16), unit: TFLOPS, as_of: 2025, source: \(source), confidence: high }"
                : "\n      - { value: \(fp16), unit: TFLOPS, as_of: 2025, source: \(source), confidence: medium }" + disputed
            yaml += """
                - id: c\(pad(index))
                  name: Chip \(index)
                  name_zh: 芯片\(index)號
                  vendor: v\(pad(index % vendorCount + 1))
                  kind: gpu
                  summary: Synthetic chip \(index).
                  specs:
                    fp16_tflops: \(fp16YAML)
                    int8_tops: unknown
                    memory_gb: { value: \(memory), unit: GB, as_of: 2025, source: \(source), confidence: high }
                    memory_bandwidth_tbs: { value: \(bandwidth), unit: TB/s, as_of: 2025, source: \(source), confidence: medium }
                    tdp_w: { value: \(power), unit: W, as_of: 2025, source: \(source), confidence: medium }

                """
            json.append("\"c\(pad(index))\": {\"name\": \"Chip \(index)\", \"name_zh\": \"芯片\(index)號\", \"vendor\": \"Vendor \(index % vendorCount + 1)\", \"fp16\": \"\(fp16) TFLOPS\", \"memory\": \"\(memory) GB\", \"bandwidth\": \"\(bandwidth) TB/s\", \"power\": \"\(power) W\", \"source\": \"Synthetic source\"}")
        }
        return (yaml, "{\n" + json.joined(separator: ",\n") + "\n}\n")
    }

    mutating func events() -> String {
        (1...max(10, n / 2)).map { index in
            let chip = random.int(1..<(n + 1))
            return "- id: e\(pad(index))\n  date: 2025-\(String(format: "%02d", index % 12 + 1))-\(String(format: "%02d", index % 28 + 1))\n  title: Synthetic event \(index)\n  category: \(random.pick(["us-export-control", "china-policy", "nvidia", "market", "domestic"]))\n  subjects: [c\(pad(chip))]\n  summary: Synthetic event about chip \(chip).\n  source: \(source())\n  confidence: high\n"
        }.joined()
    }

    func seriesYAML() -> String {
        (1...10).map { "- id: series-\($0)\n  title: Synthetic series \($0)\n  subject: v00001\n  unit: USD billion\n  file: series/s\($0).csv\n" }.joined()
    }

    mutating func seriesCSV(_ index: Int) -> String {
        "period,as_of,value,source,confidence,excerpt,note\n" + (0..<20).map { quarter in
            "Q\(quarter % 4 + 1) \(2021 + quarter / 4),\(2021 + quarter / 4)-Q\(quarter % 4 + 1),\(random.decimal(1..<30)),\(source()),high,,\n"
        }.joined()
    }

    func chartsYAML() -> String {
        let chips = (1...min(n, 20)).map { "c\(pad($0))" }.joined(separator: ", ")
        return """
            - id: bench-bars
              kind: ranked-bars
              title: Synthetic FP16 by chip
              field: fp16_tflops
              chips: [\(chips)]
            - id: bench-scatter
              kind: scatter
              title: Synthetic bandwidth against compute
              x: memory_bandwidth_tbs
              y: fp16_tflops
              chips: [\(chips)]
            - id: bench-series
              kind: time-series
              title: Synthetic series
              series: [series-1, series-2]

            """
    }

    /// A briefing in both dialects: ours takes figures from the model; Hugo's from a shortcode.
    mutating func briefing(_ index: Int) -> (String, String) {
        let chips = (0..<5).map { _ in "c\(pad(random.int(1..<(n + 1))))" }
        var ours = "---\ntitle: Synthetic briefing \(index)\ndate: 2025-07-15\nsummary: Synthetic briefing \(index) for the benchmark.\ntags: [bench]\n---\n# {{page.title}}\n\n"
        var theirs = "---\ntitle: Synthetic briefing \(index)\ndate: 2025-07-15\nsummary: Synthetic briefing \(index) for the benchmark.\n---\n"
        for section in 1...6 {
            ours += "## Section \(section)\n\n"
            theirs += "## Section \(section)\n\n"
            for _ in 0..<3 {
                let chip = random.pick(chips)
                let prose = (0..<75).map { _ in random.pick(Self.words) }.joined(separator: " ")
                let chinese = random.pick(Self.chinese)
                ours += "The \(prose), with {{chip.\(chip).name}} at {{{chip.\(chip).specs.fp16_tflops.md}}} of dense compute. \(chinese)\n\n"
                theirs += "The \(prose), with {{< chip \"\(chip)\" \"name\" >}} at {{< chip \"\(chip)\" \"fp16\" >}}[^\(section)] of dense compute. \(chinese)\n\n"
            }
            if section == 3 {
                ours += "| Chip | FP16 | Memory | Bandwidth |\n|---|---|---|---|\n"
                theirs += "| Chip | FP16 | Memory | Bandwidth |\n|---|---|---|---|\n"
                for chip in chips {
                    ours += "| {{chip.\(chip).display_name}} | {{{chip.\(chip).specs.fp16_tflops.cell}}} | {{{chip.\(chip).specs.memory_gb.cell}}} | {{{chip.\(chip).specs.memory_bandwidth_tbs.cell}}} |\n"
                    theirs += "| {{< chip \"\(chip)\" \"name\" >}} | {{< chip \"\(chip)\" \"fp16\" >}}[^3] | {{< chip \"\(chip)\" \"memory\" >}}[^3] | {{< chip \"\(chip)\" \"bandwidth\" >}}[^3] |\n"
                }
                ours += "\n"
                theirs += "\n"
            }
        }
        if index % 50 == 0 { ours += "{{{chart.bench-bars.md}}}\n" }
        theirs += (1...6).map { "[^\($0)]: Synthetic Wire, *Synthetic source \($0)*, 2025. <https://example.invalid/source/\($0)>\n" }.joined()
        return (ours, theirs)
    }

    static let indexTemplate = """
        # {{site.title}}

        {{site.description}}

        ## Briefings

        {{#item.briefings}}
        - **[{{title}}]({{path}})** ({{date}}). {{summary}}
        {{/item.briefings}}

        ## Chips

        | Chip | Vendor | Kind |
        |---|---|---|
        {{#chips}}
        | [{{display_name}}]({{path}}) | [{{vendor.display_name}}]({{vendor.path}}) | {{kind}} |
        {{/chips}}

        """
}
