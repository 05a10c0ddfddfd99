import Foundation
import ReportHistory
import ReportModel

/// One `report build`: the stamp of the inputs, the no-op check, the engine, the writer and
/// the state, in the order that keeps the output whole whatever stops the build.
struct BuildRun {
    let options: BuildOptions
    let writer: SiteWriter
    let state: StateFolder
    let incremental: Bool
    let start: Date

    mutating func execute() throws -> BuildReport {
        var clock = PhaseClock()
        let folders = ["Data", "Templates"]
        let (stamp, stampProblems) = InputStamp.compute(root: options.root, folders: folders)
        try Inputs.fail(on: stampProblems)
        // A commit changes the history without changing a file: the history's head is an input.
        var stampHash = StableHash()
        stampHash.combine(stamp)
        // Stat-only when it can be (no git process on a no-op); git itself otherwise.
        let history = options.historyReader(writesCache: false)
        stampHash.combine(history.refStamp() ?? history.head() ?? "no repository")
        let inputsStamp = stampHash.value
        let marker = writer.publishedBuild()
        let last = state.readStamp()
        // A site changed by hand (a file added or removed) is rebuilt whole and replaced.
        let intact = last.map { $0.build == marker && $0.site == FolderStamp.compute(options.output) } ?? false
        if incremental, intact, let last, last.inputs == inputsStamp, last.version == ReportVersion.string {
            return report(pages: last.pages, made: 0, written: 0, deleted: 0, files: last.files, warnings: [], notes: [])
        }
        let published = intact ? marker : nil
        clock.lap("stamp the inputs")
        // The last build's state is read on another thread while Data/ and Templates/ load.
        let (carried, stateFolder) = (options.carriedOutputs, state)
        let (previous, inputs) = try ParallelMap.alongside({ [incremental] in
            incremental
                ? published.flatMap { carried?.outputs(of: $0) ?? stateFolder.readOutputs(build: $0)?.outputs } ?? [:] : [:]
        }, {
            try Inputs.load(options, lint: false)
        })
        clock.lap("load Data/ and Templates/, draw charts; read the last build's state")
        // The published site's files; staged from the spare when there is one to mirror.
        let before = previous.values.reduce(into: [String: UInt64]()) { $0.merge($1.files) { first, _ in first } }
        let stage = try writer.stage(mirroring: previous.isEmpty ? nil : Array(before.keys))
        clock.lap(stage.mirrored ? "stage the new site from the spare" : "stage the new site")
        var (outcome, staged) = try make(inputs.site, previous: previous, into: stage)
        clock.lap("make and write \(outcome.made) outputs")
        let files = outcome.outputs.values.reduce(into: [String: UInt64]()) { $0.merge($1.files) { first, _ in first } }
        let build = Self.contentID(files)
        let written = files.filter { before[$0.key] != $0.value }.count
        let removed = before.keys.filter { files[$0] == nil }
        let deleted = removed.count
        if build == published {
            writer.shelve(staged)
        } else {
            defer { clock.lap("link kept files, swap the site in, write its state") }
            do {
                try state.writeOutputs(BuildState(outputs: outcome.outputs), build: build)
            } catch {
                writer.setAside(staged)
                throw error
            }
            let kept = files.keys.filter { !outcome.files.contains($0) }
            do {
                try writer.publish(staged, build: build, kept: kept, removed: removed)
            } catch let problem as FileProblem where !kept.isEmpty && problem.isMissingFile {
                // A kept file is gone from the published site (removed by hand while the build
                // ran?): make everything. Any other failure (a full disk) fails the build now.
                (outcome, staged) = try make(inputs.site, previous: [:])
                try writer.publish(staged, build: build, kept: [])
            }
        }
        options.carriedOutputs?.keep(outcome.outputs, of: build)
        let pages = outcome.outputs.values.filter { $0.page != nil }.count
        // The new site is in place: a stamp that cannot be written only costs the next build
        // a full rebuild (its build id will not match the site's marker).
        let siteStamp = FolderStamp.compute(options.output)
        try? state.writeStamp(StateFolder.Stamp(
            build: build, inputs: inputsStamp, site: siteStamp, version: ReportVersion.string, pages: pages, files: files.count + 1
        ))
        state.prune(keeping: build)
        var notes = outcome.notes
        if InputStamp.compute(root: options.root, folders: folders).value != stamp {
            notes.append("an input changed while the site was being built; run the build again to include it")
        }
        if case .limited = inputs.site.model.history.status {
            notes.append("the data's history is limited: this is a shallow clone, older commits are not there")
        }
        var result = report(pages: pages, made: outcome.made, written: build == published ? 0 : written,
                            deleted: build == published ? 0 : deleted, files: files.count + 1,
                            warnings: inputs.warnings, notes: notes)
        result.figureChanges = figureChanges(inputs.site)
        return result
    }

    /// Runs the engine with its files written to `stage` (or a new, empty staging folder) as
    /// they are made.
    /// - Throws: the data's or templates' problems, or the first write that failed; the
    ///   staging folder is then removed.
    private func make(
        _ site: SiteContext, previous: [String: OutputRecord], into stage: StagedSite? = nil
    ) throws -> (BuildEngine.Outcome, StagedSite) {
        let staged = try stage ?? writer.stage()
        var engine = BuildEngine(site: site, previous: previous)
        engine.progress = options.progress
        engine.staged = staged
        engine.carriedViews = options.carriedViews
        let outcome = engine.run()
        do {
            try Inputs.fail(on: outcome.diagnostics)
            if let problem = outcome.writeProblem { throw problem }
        } catch {
            writer.setAside(staged)
            throw error
        }
        return (outcome, staged)
    }

    /// Compares the data's figures with the previous build's and keeps them for the next.
    private func figureChanges(_ site: SiteContext) -> String? {
        let current = FigureSnapshot(site.project)
        let encoded = current.binary
        // The same bytes as last time: nothing changed, and nothing to decode or compare.
        let last = state.readFigures()
        if last == encoded { return nil }
        let legacy = last == nil ? state.readLegacyFigures() : nil
        try? state.writeFigures(encoded)
        guard let previous = legacy ?? last.flatMap(FigureSnapshot.init(binary:)) else { return nil }
        let text = ChangeText(project: site.project, strings: site.strings)
        return ChangeSummary.line(current.changes(since: previous).map(text.text))
    }

    /// The build's id: a hash of every file's path and bytes, so the same site has the same id.
    static func contentID(_ files: [String: UInt64]) -> UInt64 {
        var hash = StableHash()
        for path in files.keys.sorted() {
            hash.combine(path)
            hash.combine(files[path]!)
        }
        return hash.value
    }

    private func report(pages: Int, made: Int, written: Int, deleted: Int, files: Int, warnings: [Diagnostic],
                        notes: [String]) -> BuildReport {
        BuildReport(pages: pages, rendered: made, written: written, deleted: deleted, files: files, warnings: warnings,
                    notes: notes, seconds: Date().timeIntervalSince(start))
    }
}
