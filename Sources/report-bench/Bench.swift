import Foundation
import ReportMarkdown
#if canImport(Glibc)
import Glibc
#endif

/// `report-bench run`: generates the corpus at each size and measures, in one invocation and
/// with medians of several repetitions, our full build, no-op rebuild and one-figure rebuild,
/// Hugo's full build of the equivalent site, and the cmark-gfm floor; prints a table and ratios.
/// `report-bench floor DIR`: converts every .md under DIR with cmark-gfm (the floor).
@main
enum Bench {
    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "floor", arguments.count == 2 {
            floor(arguments[1])
            return
        }
        var sizes = [1000, 10000], repetitions = 3
        var report = ".build/release/report", out = "bench-out"
        var index = arguments.first == "run" ? 1 : 0
        while index + 1 < arguments.count {
            switch arguments[index] {
            case "--sizes": sizes = arguments[index + 1].split(separator: ",").compactMap { Int($0) }
            case "--reps": repetitions = Int(arguments[index + 1]) ?? repetitions
            case "--report": report = arguments[index + 1]
            case "--out": out = arguments[index + 1]
            default: break
            }
            index += 2
        }
        let cwd = FileManager.default.currentDirectoryPath
        let reportPath = report.hasPrefix("/") ? report : cwd + "/" + report
        let benchPath = CommandLine.arguments[0].hasPrefix("/") ? CommandLine.arguments[0] : cwd + "/" + CommandLine.arguments[0]
        let hugo = ["/usr/bin/hugo", "/usr/local/bin/hugo"].first { FileManager.default.isExecutableFile(atPath: $0) }
        say("report-bench: sizes \(sizes), \(repetitions) repetitions, medians; \(ProcessInfo.processInfo.activeProcessorCount) cores")
        if hugo == nil { say("hugo is not installed (apt-get install hugo): its column is left out") }
        for n in sizes {
            try run(n: n, repetitions: n >= 10000 ? max(1, repetitions - 1) : repetitions, report: reportPath, bench: benchPath,
                    hugo: hugo, out: URL(fileURLWithPath: out, relativeTo: URL(fileURLWithPath: cwd + "/")).standardizedFileURL,
                    templates: URL(fileURLWithPath: cwd + "/Templates"))
        }
    }

    static func run(n: Int, repetitions: Int, report: String, bench: String, hugo: String?, out: URL, templates: URL) throws {
        let project = out.appendingPathComponent("\(n)/project"), hugoSite = out.appendingPathComponent("\(n)/hugo")
        var corpus = Corpus(n: n, templates: templates)
        let generated = Date()
        try corpus.write(project: project, hugo: hugoSite)
        say("\nN = \(n): corpus written in \(String(format: "%.1f", Date().timeIntervalSince(generated))) s (\(project.path))")
        let site = project.appendingPathComponent("site")
        var full: [Measurement] = [], noop: [Measurement] = [], edit: [Measurement] = [], hugoRuns: [Measurement] = [], floorRuns: [Measurement] = []
        let chips = project.appendingPathComponent("Data/chips.yaml")
        for repetition in 0..<repetitions {
            try? FileManager.default.removeItem(at: site)
            full.append(Measurement.run([report, "build", "--root", project.path]))
            noop.append(Measurement.run([report, "build", "--root", project.path]))
            var text = try String(contentsOf: chips, encoding: .utf8)
            let marker = "    memory_gb: { value: "
            // A chip in the middle: the first one is the reference every chip page is compared with.
            if let chip = text.range(of: "- id: \(corpus.pad(n / 2))\n".replacingOccurrences(of: "- id: ", with: "- id: c")),
               let range = text[chip.upperBound...].range(of: marker) {
                let end = text[range.upperBound...].firstIndex(of: ",")!
                text.replaceSubrange(range.upperBound..<end, with: String(200 + repetition))
                try Data(text.utf8).write(to: chips)
            }
            edit.append(Measurement.run([report, "build", "--root", project.path]))
            if let hugo {
                try? FileManager.default.removeItem(at: hugoSite.appendingPathComponent("public"))
                hugoRuns.append(Measurement.run([hugo, "--quiet", "-s", hugoSite.path, "-d", hugoSite.appendingPathComponent("public").path]))
            }
            floorRuns.append(Measurement.run([bench, "floor", site.path]))
        }
        let rows: [(String, Summary)] = [
            ("report: full build", Summary(full)), ("report: no-op rebuild", Summary(noop)),
            ("report: one chip's figure edited (not the reference chip)", Summary(edit)), ("hugo: full build", Summary(hugoRuns)),
            ("cmark-gfm floor (same Markdown)", Summary(floorRuns)),
        ]
        say("| run | median s | peak MB |")
        say("|---|---:|---:|")
        for (name, summary) in rows where !summary.seconds.isNaN {
            say("| \(name)\(summary.failed ? " (FAILED)" : "") | \(String(format: "%.3f", summary.seconds)) | \(String(format: "%.1f", Double(summary.peakKilobytes) / 1024)) |")
        }
        let ours = Summary(full)
        func ratio(_ a: Double, _ b: Double) -> String { String(format: "%.2f", a / b) }
        say("ratios: full / hugo = \(hugoRuns.isEmpty ? "n/a" : ratio(ours.seconds, Summary(hugoRuns).seconds))"
            + "; full / floor = \(ratio(ours.seconds, Summary(floorRuns).seconds))"
            + "; edit / full = \(ratio(Summary(edit).seconds, ours.seconds))"
            + "; no-op / full = \(ratio(Summary(noop).seconds, ours.seconds))"
            + "; memory / hugo = \(hugoRuns.isEmpty ? "n/a" : ratio(Double(ours.peakKilobytes), Double(Summary(hugoRuns).peakKilobytes)))")
    }

    /// Converts every Markdown file under `folder` (the floor: the conversion alone).
    static func floor(_ folder: String) {
        var converted = 0
        for path in (FileManager.default.subpaths(atPath: folder) ?? []).sorted() where path.hasSuffix(".md") {
            guard let data = FileManager.default.contents(atPath: folder + "/" + path) else { continue }
            converted += Markdown.html(from: String(decoding: data, as: UTF8.self)).html.utf8.count > 0 ? 1 : 0
        }
        say("converted \(converted) files")
    }
}

/// Prints a line at once (standard output to a file is otherwise buffered until exit).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
