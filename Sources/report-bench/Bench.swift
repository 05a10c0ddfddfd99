import Foundation
import ReportMarkdown

/// `report-bench run`: generates the corpus at each size and measures, in one invocation and
/// with medians of several repetitions, our full build, no-op rebuild and one-figure rebuild,
/// Hugo's full build of the equivalent site, the cmark-gfm floor, and the warm case (one figure
/// edited under `report serve` and `hugo server`); prints a table and ratios per size, then every
/// measure at every size beside the speed issue's targets.
/// `report-bench floor DIR`: converts every .md under DIR with cmark-gfm (the floor).
@main
enum Bench {
    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.contains(where: { ["-h", "--help", "help"].contains($0) }) {
            say(usage)
            return
        }
        if arguments.first == "floor", arguments.count == 2 {
            floor(arguments[1])
            return
        }
        var sizes = [1000, 10000], repetitions = 3
        var report = ".build/release/report", out = "bench-out"
        var index = arguments.first == "run" ? 1 : 0
        while index < arguments.count {
            guard index + 1 < arguments.count else {
                say("report-bench: '\(arguments[index])' needs a value\n\n" + usage)
                exit(64)
            }
            switch arguments[index] {
            case "--sizes": sizes = arguments[index + 1].split(separator: ",").compactMap { Int($0) }
            case "--reps": repetitions = max(1, Int(arguments[index + 1]) ?? repetitions)
            case "--report": report = arguments[index + 1]
            case "--out": out = arguments[index + 1]
            default:
                say("report-bench: unknown option '\(arguments[index])'\n\n" + usage)
                exit(64)
            }
            index += 2
        }
        let cwd = FileManager.default.currentDirectoryPath
        let bench = CommandLine.arguments[0]
        let setup = Setup(
            report: report.hasPrefix("/") ? report : cwd + "/" + report,
            bench: bench.hasPrefix("/") ? bench : cwd + "/" + bench,
            hugo: ["/usr/bin/hugo", "/usr/local/bin/hugo"].first { FileManager.default.isExecutableFile(atPath: $0) },
            out: URL(fileURLWithPath: out, relativeTo: URL(fileURLWithPath: cwd + "/")).standardizedFileURL,
            templates: URL(fileURLWithPath: cwd + "/Templates"))
        try FileManager.default.createDirectory(at: setup.out, withIntermediateDirectories: true)
        say("report-bench: sizes \(sizes), \(repetitions) repetitions, medians; "
            + "\(ProcessInfo.processInfo.activeProcessorCount) cores")
        say("writing to \(setup.out.path): \(Machine.filesystem(of: setup.out.path)); both tools build there, "
            + "each full build into a fresh folder (ours: site/ and .report/ deleted; Hugo's: public/ and resources/)")
        if setup.hugo == nil { say("hugo is not installed (apt-get install hugo): its rows are left out") }
        var results: [SizeResult] = []
        for n in sizes {
            results.append(try run(n: n, repetitions: n >= 10000 ? max(1, repetitions - 1) : repetitions, setup))
        }
        Target.printSummary(results)
    }

    static let usage = """
        usage: report-bench run [--sizes 1000,10000] [--reps 3] [--report PATH] [--out bench-out]
               report-bench floor DIR
        `make bench` runs the first with the release build of report.
        """

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
