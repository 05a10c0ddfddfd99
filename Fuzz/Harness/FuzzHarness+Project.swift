import Foundation
import ReportModel

extension FuzzHarness {
    /// A small valid Data/ folder: every required file, a series with its CSV, a chart.
    static let base: [String: String] = [
        "site.yaml": "title: Fuzz\nreference_chip: h20\n",
        "sources.yaml": """
            - { id: s1, title: A source, publisher: Wire, date: 2025-04-15, url: "https://example.com/a" }
            - { id: s2, title: Another, publisher: Paper, date: unknown, language: zh-Hans }

            """,
        "vendors.yaml": """
            - { id: nvidia, name: Nvidia, country: US }
            - { id: huawei, name: Huawei, name_zh: 華為 }

            """,
        "chips.yaml": """
            - id: h20
              name: H20
              vendor: nvidia
              kind: gpu
              specs:
                fp16_tflops: { value: 148, unit: TFLOPS, as_of: 2024, source: s1, confidence: high }
                memory_gb:
                  - { value: 96, unit: GB, as_of: 2024, source: s1, confidence: high }
                  - { value: 128, unit: GB, as_of: 2025-Q1, source: s2, confidence: low }
                int8_tops: unknown

            """,
        "events.yaml": """
            - id: e1
              date: 2025-04-15
              title: A charge
              category: nvidia
              subjects: [h20, nvidia]
              source: s1
              confidence: high

            """,
        "series.yaml": "- { id: s, title: Revenue, subject: nvidia, unit: USD billion, file: series/s.csv }\n",
        "series/s.csv": "period,as_of,value,source,confidence,excerpt,note\nQ1,2025-Q1,5.5,s1,high,,\"a, b\"\n",
        "charts.yaml": "- { id: c, kind: ranked-bars, title: FP16, field: fp16_tflops }\n",
    ]

    /// A Data/ folder per process, on tmpfs where there is one (inputs are written thousands of
    /// times a second), holding the base files.
    private static let folder: URL = {
        let shm = URL(fileURLWithPath: "/dev/shm", isDirectory: true)
        let parent = FileManager.default.fileExists(atPath: shm.path) ? shm : FileManager.default.temporaryDirectory
        let folder = parent.appendingPathComponent("report-fuzz-\(getpid())")
        let series = folder.appendingPathComponent("series")
        try? FileManager.default.createDirectory(at: series, withIntermediateDirectories: true)
        for (file, text) in base { write(Array(text.utf8), to: folder.appendingPathComponent(file)) }
        return folder
    }()

    /// Loads the base project with `name` replaced by `bytes`, then puts the base file back.
    static func load(replacing name: String, with bytes: [UInt8]) {
        let url = folder.appendingPathComponent(name)
        write(bytes, to: url)
        defer { write(Array((base[name] ?? "").utf8), to: url) }
        _ = try? Project.load(from: folder)
    }

    /// Writes without Foundation's fsync.
    private static func write(_ bytes: [UInt8], to url: URL) {
        guard let file = fopen(url.path, "wb") else { return }
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
    }
}
