import Foundation
import ReportModel

/// Plans every producer's outputs, keeps those whose inputs did not change since the last
/// build, makes the others on every core, and collects what they wrote and read.
struct BuildEngine {
    let site: SiteContext
    /// The last build's outputs; empty makes everything.
    let previous: [String: OutputRecord]
    var producers: [any Producer] = Producers.all
    var progress: (@Sendable (Int, Int) -> Void)?
    /// Where made files go, each as soon as its output is made (the workers write it); nil
    /// drops them (`report check`). Either way the engine keeps only their paths and hashes.
    var staged: StagedSite?
    /// Views kept from the last build of this process, and where this build's are kept.
    var carriedViews: CarriedViews?

    /// What a run produced.
    struct Outcome {
        /// Every output, made now or kept.
        var outputs: [String: OutputRecord] = [:]
        /// The paths of the files made now; the files of kept outputs are not here.
        var files: Set<String> = []
        /// The first failure to write a made file (a full disk...); the build cannot be published.
        var writeProblem: FileProblem?
        /// Outputs made now.
        var made = 0
        var diagnostics: [Diagnostic] = []
        var notes: [String] = []
    }

    func run() -> Outcome {
        var outcome = Outcome(diagnostics: site.diagnostics)
        var fingerprints = Fingerprints(site: site)
        if let carriedViews {
            let valid = carriedViews.valid(under: fingerprints)
            PhaseClock.note("views carried over: \(valid.count) of \(carriedViews.count)")
            site.model.adopt(valid)
        }
        var pages: [PageSummary] = []
        for phase in [ProducerPhase.records, .aggregate] {
            if phase == .aggregate { fingerprints.setPages(pages) }
            let planned = producers.filter { $0.phase == phase }.flatMap { $0.plan(site, pages: pages) }
            outcome.notes += producers.filter { $0.phase == phase }.compactMap { $0.note(site) }
            make(planned, fingerprints: fingerprints, into: &outcome)
            if phase == .records { pages = planned.compactMap { outcome.outputs[$0.id]?.page } }
        }
        carriedViews?.keep(site.model.builtViews, under: fingerprints)
        outcome.diagnostics += collisions(outcome.outputs)
        outcome.notes = Self.grouped(outcome.notes)
        return outcome
    }

    private func make(_ planned: [PlannedOutput], fingerprints: Fingerprints, into outcome: inout Outcome) {
        var stale: [PlannedOutput] = []
        for output in planned {
            if let old = previous[output.id], fingerprints.hash(old.dependencies) == old.dependencyHash {
                outcome.outputs[output.id] = old
            } else {
                stale.append(output)
            }
        }
        let staged = self.staged
        let profiling = PhaseClock.enabled
        let results = ParallelMap.map(stale, progress: progress, total: planned.count) { output in
            let start = profiling ? Date() : .distantPast
            let result = Result { try Self.make(output, fingerprints: fingerprints, staged: staged) }
            return (result, profiling ? Date().timeIntervalSince(start) : 0)
        }
        PhaseClock.slowest(zip(stale, results).map { ($0.id, $1.1) })
        for (output, (result, _)) in zip(stale, results) {
            switch result {
            case .success(let record):
                outcome.outputs[output.id] = record
                outcome.files.formUnion(record.files.keys)
                outcome.made += 1
            case .failure(let error as FileProblem):
                outcome.writeProblem = outcome.writeProblem ?? error
            case .failure(let error as DiagnosticError):
                outcome.diagnostics += error.diagnostics
            case .failure(let error):
                outcome.diagnostics.append(.error("\(output.id): \(error)"))
            }
        }
    }

    /// Makes one output in a worker, writing its files to `staged` and hashing what it wrote
    /// and read there.
    private static func make(
        _ output: PlannedOutput, fingerprints: Fingerprints, staged: StagedSite?
    ) throws -> OutputRecord {
        let recorder = DependencyRecorder()
        let product = try output.make(recorder)
        let dependencies = recorder.recorded.sorted()
        if let staged {
            for (path, bytes) in product.files { try staged.write(path, bytes) }
        }
        return OutputRecord(
            dependencies: dependencies, dependencyHash: fingerprints.hash(dependencies),
            files: product.files.mapValues(StableHash.of), page: product.page
        )
    }

    /// Notes that give the same reason, said once: `a.xml, b.xml skipped: site.yaml sets no base_url`.
    static func grouped(_ notes: [String]) -> [String] {
        var order: [String] = []
        var subjects: [String: [String]] = [:]
        for note in notes {
            let parts = note.split(separator: " skipped: ", maxSplits: 1).map(String.init)
            let (subject, reason) = parts.count == 2 ? (parts[0], " skipped: " + parts[1]) : ("", note)
            if subjects[reason] == nil { order.append(reason) }
            subjects[reason, default: []].append(subject)
        }
        return order.map { reason in
            let names = subjects[reason]!.filter { !$0.isEmpty }.sorted()
            return names.isEmpty ? reason : names.joined(separator: ", ") + reason
        }
    }

    /// Two outputs writing the same file is a mistake in the project (an asset named like a page).
    private func collisions(_ outputs: [String: OutputRecord]) -> [Diagnostic] {
        var owners: [String: String] = [:]
        var problems: [Diagnostic] = []
        for id in outputs.keys.sorted() {
            for path in outputs[id]!.files.keys.sorted() {
                if let other = owners.updateValue(id, forKey: path) {
                    let place = SourceLocation(file: "Templates", line: 1, column: 1)
                    problems.append(.error("\(path) is written by both \(other) and \(id)", at: place))
                }
            }
        }
        return problems
    }
}
