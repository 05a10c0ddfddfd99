import Foundation
import Yams

/// Reads Data/ in dependency order (sources before what cites them) so each reference is
/// checked where it is written.
struct ProjectLoader {
    let files: DataFiles
    let displayName: String
    /// Lenient loading keeps what decodes and skips the checks against archived texts: how old
    /// versions of Data/ are read for their history, under rules that may be newer than they are.
    let lenient: Bool
    /// Records kept from earlier loads (by `report serve`), or nil.
    let cache: RecordCache?
    private var diagnostics: [Diagnostic] = []
    private var references = References()
    /// Ids written in each file, whether or not their record decoded, so that one broken
    /// record does not also make every reference to it an error.
    private var declaredIDs: [String: Set<String>] = [:]
    /// A fingerprint of each record's own text, for incremental builds.
    private var fingerprints: [RecordKey: UInt64] = [:]
    /// The text of site.yaml, for its fingerprint.
    private var settingsText = ""
    /// The text of sources.yaml, for the check that every source says when it was published.
    private var sourcesText: String?

    init(files: DataFiles, displayName: String, lenient: Bool = false, cache: RecordCache? = nil) {
        self.files = files
        self.displayName = displayName
        self.lenient = lenient
        self.cache = cache
    }

    mutating func load() throws -> Project {
        let settings = read("site.yaml", required: true, emptyMessage: Self.emptySettings) { decoder, root in
            decoder.settings(root)
        }
        let settingsFingerprint = StableHash.of(settingsText)
        let sources = readList("sources.yaml", what: "sources", required: true) { $0.source($1) }
        references.sources = checkUnique(sources, file: "sources.yaml").union(declaredIDs["sources.yaml"] ?? [])
        diagnostics += SourceDateCheck.run(text: sourcesText, file: path("sources.yaml"))
        let vendors = readList("vendors.yaml", what: "vendors", required: true) { $0.vendor($1) }
        references.vendors = checkUnique(vendors, file: "vendors.yaml").union(declaredIDs["vendors.yaml"] ?? [])
        let chips = readList("chips.yaml", what: "chips", required: true) { $0.chip($1) }
        references.chips = checkUnique(chips, file: "chips.yaml").union(declaredIDs["chips.yaml"] ?? [])
        let events = readList("events.yaml", what: "events", required: false) { $0.event($1) }
        references.events = checkUnique(events, file: "events.yaml").union(declaredIDs["events.yaml"] ?? [])
        let metrics = readList("metrics.yaml", what: "metrics", required: false) { $0.metric($1) }
        references.metrics = checkUnique(metrics, file: "metrics.yaml").union(declaredIDs["metrics.yaml"] ?? [])
        let series = readSeries()
        references.series = checkUnique(series, file: "series.yaml").union(declaredIDs["series.yaml"] ?? [])
        let charts = readList("charts.yaml", what: "charts", required: false) { $0.chart($1) }
        _ = checkUnique(charts, file: "charts.yaml")

        if let settings, !references.chips.contains(settings.referenceChip), !chips.isEmpty {
            diagnostics.append(.error(
                "unknown reference chip '\(settings.referenceChip)'\(Suggestion.didYouMean(settings.referenceChip, in: references.chips))",
                at: settings.location))
        }
        let archives = lenient ? [:] : readArchives(sources)
        guard let settings, lenient || diagnostics.allSatisfy({ $0.severity != .error }) else {
            throw DiagnosticError(diagnostics)
        }
        let sortedEvents = events.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        let project = Project(
            settings: settings, sources: sources, vendors: vendors, chips: chips,
            events: sortedEvents, metrics: metrics, series: series,
            charts: charts, archives: archives, fingerprints: fingerprints,
            settingsFingerprint: settingsFingerprint, warnings: [],
            sourcesByID: Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
            vendorsByID: Dictionary(vendors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
            chipsByID: Dictionary(chips.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
            eventIndex: Project.index(sortedEvents.map(\.id)), metricIndex: Project.index(metrics.map(\.id))
        )
        if lenient { return project }
        let checks = ProvenanceCheck(project: project, displayName: displayName).run()
        diagnostics += checks
        if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticError(diagnostics) }
        return project.with(warnings: DiagnosticError(diagnostics).diagnostics)
    }

    // MARK: Fingerprints

    /// Each list item's lines, from its first line (0-based) to the line before the next item's.
    static func itemFingerprints(_ items: [(id: String?, line: Int)], text: String) -> [String: UInt64] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var result: [String: UInt64] = [:]
        for (index, item) in items.enumerated() {
            guard let id = item.id else { continue }
            let end = index + 1 < items.count ? items[index + 1].line : lines.count
            var hash = StableHash()
            let range = max(0, min(item.line, lines.count))..<max(0, min(end, lines.count))
            for line in lines[range] { hash.combine(String(line)) }
            result[id] = hash.value
        }
        return result
    }

    // MARK: Files

    private func path(_ name: String) -> String { "\(displayName)/\(name)" }

    static let emptySettings = "site.yaml is empty; it needs at least 'title' and 'reference_chip' (see docs/DATA.md)"

    /// The text of `name`; nil when it is absent or was refused (the reason is reported at the
    /// file, except for an absent file that is not `required`). `controls`: refuse control characters.
    private mutating func text(of name: String, required: Bool, controls: Bool = true) -> String? {
        switch files.read(name, rejectingControls: controls) {
        case .text(let text):
            return text
        case .missing:
            if required {
                diagnostics.append(.error("required file is missing", at: .init(file: path(name), line: 1, column: 1)))
            }
        case .problem(let message, let line, let column):
            diagnostics.append(.error(message, at: .init(file: path(name), line: line, column: column)))
        }
        return nil
    }

    /// Whether `name` exists at all (as anything).
    private func exists(_ name: String) -> Bool { files.exists(name) }

    private mutating func read<T>(
        _ name: String, required: Bool, emptyMessage: String? = nil, _ decode: (DataDecoder, Node?) -> T?
    ) -> T? {
        let kind = String(name.prefix(while: { $0 != "." }))
        guard let text = text(of: name, required: required) else {
            if required || exists(name) { references.unreadable.insert(kind) }
            return nil
        }
        if name == "site.yaml" { settingsText = text }
        let decoder = DataDecoder(file: path(name), references: references)
        let root = decoder.compose(text)
        if root == nil, decoder.diagnostics.isEmpty, required {
            decoder.error(emptyMessage ?? "\(name) is empty", at: SourceLocation(file: path(name), line: 1, column: 1))
        }
        if root == nil, !decoder.diagnostics.isEmpty {
            references.unreadable.insert(kind)
        }
        let result = decode(decoder, root)
        diagnostics += decoder.diagnostics
        references.citedSources.formUnion(decoder.references.citedSources)
        return result
    }

    /// A file holding a list of records. A list written as a block (`- id: ...` items) is
    /// composed one item at a time: a whole file's node tree costs about ten times the file.
    private mutating func readList<T: Sendable>(
        _ name: String, what: String, required: Bool, _ decode: @escaping @Sendable (DataDecoder, Node) -> T?
    ) -> [T] {
        let kind = String(name.prefix(while: { $0 != "." }))
        declaredIDs[name] = []
        guard let text = text(of: name, required: required) else {
            if required || exists(name) { references.unreadable.insert(kind) }
            return []
        }
        if name == "sources.yaml" { sourcesText = text }
        let decoder = DataDecoder(file: path(name), references: references)
        var records: [T] = []
        var items: [(id: String?, line: Int)] = []
        var ids: Set<String> = []
        func take(_ item: Node) {
            let id = item["id"]?.string
            items.append((id, decoder.location(of: item).line - 1))
            if let id, Identifier.isValid(id) { ids.insert(id) }
            if let record = decode(decoder, item) { records.append(record) }
        }
        if let chunks = DataDecoder.itemChunks(text) {
            let entries = Self.decodeItems(chunks, file: decoder.file, references: references, cache: cache, decode)
            for entry in entries {
                records += entry.records.compactMap { $0 as? T }
                items += entry.items
                for case (let id?, _) in entry.items where Identifier.isValid(id) { ids.insert(id) }
                decoder.replay(diagnostics: entry.diagnostics, citations: entry.citations)
            }
        } else {
            let root = decoder.compose(text)
            if root == nil, decoder.diagnostics.isEmpty, required {
                decoder.error("\(name) is empty; it needs a list of \(what) (see docs/DATA.md)",
                              at: SourceLocation(file: path(name), line: 1, column: 1))
            }
            if root == nil, !decoder.diagnostics.isEmpty { references.unreadable.insert(kind) }
            decoder.items(of: root, what: what).forEach(take)
        }
        diagnostics += decoder.diagnostics
        references.citedSources.formUnion(decoder.references.citedSources)
        declaredIDs[name] = ids
        if let kind = RecordKind(fileName: name) {
            for (id, hash) in Self.itemFingerprints(items, text: text) { fingerprints[RecordKey(kind, id)] = hash }
        }
        return records
    }

    /// Composes and decodes list items on every core (each item is independent once the ids it
    /// may reference are known), taking the ones `cache` holds from it; results in item order,
    /// so problems are reported exactly as one pass would report them.
    static func decodeItems<T: Sendable>(
        _ chunks: [DataDecoder.ItemChunk], file: String, references: References, cache: RecordCache?,
        _ decode: @escaping @Sendable (DataDecoder, Node) -> T?
    ) -> [RecordCache.Entry] {
        let referencesKey = cache == nil ? 0 : references.checkedKey
        // Each item's decoder starts with no citations, so what it cites is exactly its own.
        let references = { var fresh = references; fresh.citedSources = []; return fresh }()
        @Sendable func one(_ chunk: DataDecoder.ItemChunk) -> RecordCache.Entry {
            let key = RecordCache.Key(file: file, line: chunk.line, text: chunk.text, references: referencesKey)
            if let cache, let hit = cache.entry(key) { return hit }
            let decoder = DataDecoder(file: file, references: references)
            var records: [any Sendable] = []
            var items: [(id: String?, line: Int)] = []
            for node in decoder.composeChunk(chunk) {
                items.append((node["id"]?.string, decoder.location(of: node).line - 1))
                if let record = decode(decoder, node) { records.append(record) }
            }
            let entry = RecordCache.Entry(
                records: records, items: items, diagnostics: decoder.diagnostics,
                citations: decoder.references.citedSources)
            cache?.store(key, entry)
            return entry
        }
        // A few items are not worth a thread.
        guard chunks.count >= 32 else { return chunks.map(one) }
        return ParallelMap.map(chunks, progress: nil, total: chunks.count, one)
    }

    private mutating func readSeries() -> [Series] {
        let declarations = readList("series.yaml", what: "series", required: false) { $0.seriesDeclaration($1) }
        return declarations.compactMap { declaration in
            let csvPath = path(declaration.file)
            guard exists(declaration.file) else {
                diagnostics.append(.error("series file '\(declaration.file)' is missing", at: declaration.location))
                return nil
            }
            guard let text = text(of: declaration.file, required: true) else { return nil }
            let decoder = DataDecoder(file: csvPath, references: references)
            let points = decoder.points(csv: text, unit: declaration.unit)
            var hash = StableHash()
            hash.combine(fingerprints[RecordKey(.series, declaration.id)] ?? 0)
            hash.combine(text)
            fingerprints[RecordKey(.series, declaration.id)] = hash.value
            diagnostics += decoder.diagnostics
            references.citedSources.formUnion(decoder.references.citedSources)
            return Series(
                id: declaration.id, title: declaration.title, subject: declaration.subject, unit: declaration.unit,
                file: declaration.file, points: points, location: declaration.location
            )
        }
    }

    private mutating func checkUnique<T: Identifiable>(_ records: [T], file: String) -> Set<String> where T.ID == String {
        var seen: [String: SourceLocation] = [:]
        for record in records {
            let location = (record as? any Located)?.location ?? SourceLocation(file: path(file), line: 1, column: 1)
            if let first = seen[record.id] {
                diagnostics.append(.error("duplicate id '\(record.id)' (first defined at line \(first.line))", at: location))
            } else {
                seen[record.id] = location
            }
        }
        return Set(seen.keys)
    }

    /// Reads each source's archived text; an `X.original.txt` beside `X.txt` must clean to it.
    private mutating func readArchives(_ sources: [Source]) -> [String: String] {
        var archives: [String: String] = [:]
        for source in sources {
            guard let archive = source.archive else { continue }
            guard !archive.contains(".."), !archive.hasPrefix("/") else {
                diagnostics.append(.error("archive '\(archive)' must be a path inside \(displayName)/", at: source.location))
                continue
            }
            guard exists(archive) else {
                diagnostics.append(.error("archived text '\(archive)' of source '\(source.id)' is missing", at: source.location))
                continue
            }
            guard let archived = text(of: archive, required: true, controls: false) else { continue }
            let originalName = Self.originalName(of: archive)
            if let original = text(of: originalName, required: false, controls: false),
               ArchiveText.clean(original) != archived {
                diagnostics.append(.error(
                    "'\(archive)' is not the clean form of '\(originalName)'; run `report archive \(displayName)/\(originalName)`",
                    at: source.location))
            }
            archives[source.id] = archived
        }
        return archives
    }

    /// `archive/x.txt` → `archive/x.original.txt`.
    static func originalName(of archive: String) -> String {
        archive.hasSuffix(".txt") ? String(archive.dropLast(4)) + ".original.txt" : archive + ".original"
    }
}

/// A record that knows where it is written.
protocol Located {
    var location: SourceLocation { get }
}

extension Source: Located {}
extension Vendor: Located {}
extension Chip: Located {}
extension Event: Located {}
extension Metric: Located {}
extension Series: Located {}
extension ChartDeclaration: Located {}

extension Project {
    func with(warnings: [Diagnostic]) -> Project {
        Project(
            settings: settings, sources: sources, vendors: vendors, chips: chips, events: events, metrics: metrics,
            series: series, charts: charts, archives: archives, fingerprints: fingerprints,
            settingsFingerprint: settingsFingerprint, warnings: warnings,
            sourcesByID: sourcesByID, vendorsByID: vendorsByID, chipsByID: chipsByID,
            eventIndex: eventIndex, metricIndex: metricIndex
        )
    }
}
