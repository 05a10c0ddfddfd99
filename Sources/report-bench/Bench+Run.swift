import Foundation

extension Bench {
    /// Generates the corpus of `n` chips and `n` briefings and measures everything at that size.
    static func run(n: Int, repetitions: Int, _ setup: Setup) throws -> SizeResult {
        var result = SizeResult(n: n)
        result.loadAtStart = Machine.loadAverage()
        say("\nN = \(n): load average \(result.loadAtStart) (1, 5, 15 min) at the start")
        let folder = setup.out.appendingPathComponent("\(n)")
        let project = folder.appendingPathComponent("project"), hugoSite = folder.appendingPathComponent("hugo")
        var corpus = Corpus(n: n, templates: setup.templates)
        let generated = Date()
        try corpus.write(project: project, hugo: hugoSite)
        say("corpus written in \(String(format: "%.1f", Date().timeIntervalSince(generated))) s (\(project.path))")
        let site = project.appendingPathComponent("site"), chips = project.appendingPathComponent("Data/chips.yaml")
        let ourBuild = [setup.report, "build", "--root", project.path]
        // A chip in the middle: the first one is the reference every chip page is compared with.
        let chip = "c" + corpus.pad(n / 2)
        var full: [Measurement] = [], noop: [Measurement] = [], edit: [Measurement] = []
        var hugoRuns: [Measurement] = [], floorRuns: [Measurement] = []
        for repetition in 0..<repetitions {
            remove([site, project.appendingPathComponent(".report")])
            full.append(Measurement.run(ourBuild))
            noop.append(Measurement.run(ourBuild))
            _ = try ChipFigure.setInYAML(chips, chip: chip, gigabytes: 200 + repetition)
            edit.append(Measurement.run(ourBuild))
            if let hugo = setup.hugo {
                let output = hugoSite.appendingPathComponent("public")
                remove([output, hugoSite.appendingPathComponent("resources")])
                hugoRuns.append(Measurement.run([hugo, "--quiet", "-s", hugoSite.path, "-d", output.path]))
            }
            floorRuns.append(Measurement.run([setup.bench, "floor", site.path]))
        }
        (result.full, result.noop, result.edit) = (Summary(full), Summary(noop), Summary(edit))
        (result.hugo, result.floor) = (Summary(hugoRuns), Summary(floorRuns))
        // The first value warms up; the rest are timed (5, or 3 at 10,000 where each takes seconds).
        let values = (0...max(n >= 10000 ? 3 : 5, repetitions)).map { 700 + $0 }
        let timeout = 60 + Double(n) / 50
        if let port = Loopback.freePort() {
            let warm = WarmEdit(
                name: "report serve", arguments: [setup.report, "serve", "--root", project.path, "--port", "\(port)"],
                port: port, ready: site.appendingPathComponent("index.html"),
                page: site.appendingPathComponent("chips/\(chip).md"),
                edit: { try ChipFigure.setInYAML(chips, chip: chip, gigabytes: $0) }, shows: ChipFigure.ourPage,
                log: folder.appendingPathComponent("report-serve.log"), timeout: timeout)
            result.warm = Summary(warm.measure(values: values))
        }
        if let hugo = setup.hugo, let port = Loopback.freePort() {
            // Fast Render Mode re-renders only pages a browser has visited (none here): full re-renders.
            let served = hugoSite.appendingPathComponent("served")
            remove([served, hugoSite.appendingPathComponent("resources")])
            let warm = WarmEdit(
                name: "hugo server",
                arguments: [hugo, "server", "-s", hugoSite.path, "-d", served.path, "--bind", "127.0.0.1",
                            "--port", "\(port)", "--renderToDisk", "--disableLiveReload", "--disableFastRender"],
                port: port, ready: served.appendingPathComponent("index.html"),
                page: served.appendingPathComponent("chips/\(chip)/index.html"),
                edit: { try ChipFigure.setInJSON(hugoSite.appendingPathComponent("data/chips.json"), chip: chip,
                                                 gigabytes: $0) },
                shows: ChipFigure.hugoPage, log: folder.appendingPathComponent("hugo-server.log"), timeout: timeout)
            result.hugoWarm = Summary(warm.measure(values: values))
        }
        printTable(result, edited: chip)
        result.loadAtEnd = Machine.loadAverage()
        say("N = \(n): load average \(result.loadAtEnd) (1, 5, 15 min) at the end")
        return result
    }

    /// The size's table (run, median s, peak MB) and its ratios.
    static func printTable(_ result: SizeResult, edited chip: String) {
        let rows: [(String, Summary)] = [
            ("report: full build", result.full), ("report: no-op rebuild", result.noop),
            ("report: one chip's figure edited (\(chip), not the reference chip), cold build", result.edit),
            ("report serve: the same edit, warm, edit → page on disk", result.warm),
            ("hugo: full build", result.hugo),
            ("hugo server: the same edit in data/chips.json, warm, edit → page on disk", result.hugoWarm),
            ("cmark-gfm floor (same Markdown)", result.floor),
        ]
        say("| run | median s | peak MB |")
        say("|---|---:|---:|")
        for (name, summary) in rows where summary.measured || summary.failed {
            let seconds = summary.measured ? String(format: "%.3f", summary.seconds) : "n/a"
            let megabytes = String(format: "%.1f", Double(summary.peakKilobytes) / 1024)
            say("| \(name)\(summary.failed ? " (FAILED)" : "") | \(seconds) | \(megabytes) |")
        }
        func ratio(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "n/a" }
        say("ratios: full / hugo = \(ratio(SizeResult.ratio(result.full, result.hugo)))"
            + "; full / floor = \(ratio(SizeResult.ratio(result.full, result.floor)))"
            + "; edit / full = \(ratio(SizeResult.ratio(result.edit, result.full)))"
            + "; no-op / full = \(ratio(SizeResult.ratio(result.noop, result.full)))"
            + "; warm edit / hugo's warm edit = \(ratio(SizeResult.ratio(result.warm, result.hugoWarm)))"
            + "; memory / hugo = \(ratio(result.memoryRatio))")
    }

    /// Deletes folders (a full build starts from none of its output or state).
    static func remove(_ folders: [URL]) {
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
    }
}
