import ReportModel
import ReportTemplates

/// Fingerprints of everything a page can read, and what each name a template uses depends on.
struct DependencyGraph {
    let project: Project
    let templates: TemplateLibrary
    /// Fingerprints of drawn charts, by id.
    let charts: [String: UInt64]
    private let reference: String
    private var wildcards: [String: UInt64] = [:]
    /// Fingerprints known only during a build: `citations` (which page cites which source).
    var extra: [String: UInt64] = [:]

    init(project: Project, templates: TemplateLibrary, charts: [String: UInt64]) {
        self.project = project
        self.templates = templates
        self.charts = charts
        self.reference = project.settings.referenceChip
        wildcards = computeWildcards()
    }

    /// Keys every output depends on.
    static let always = ["settings", "version"]

    /// The inputs behind a name resolved on the root context (`chip.h20`, `chips`, `site.title`).
    func keys(forRootName name: String, page: Page) -> [String] {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        let first = parts[0], id = parts.count > 1 ? parts[1] : nil
        switch first {
        case "site", "page", "content", "toc", "spec_fields": return []
        case "item": return itemKeys(page.subject)
        case "nav": return []
        case "reference": return chipKeys(reference)
        case "chip": return id.map(chipKeys) ?? ["chip:*", "vendor:*"]
        case "chips": return ["chip:*", "vendor:*"]
        case "vendor": return id.map(vendorKeys) ?? ["vendor:*", "chip:*", "event:*", "metric:*"]
        case "vendors": return ["vendor:*", "chip:*", "event:*", "metric:*"]
        case "event": return id.map(eventKeys) ?? ["event:*", "chip:*", "vendor:*"]
        case "events": return ["event:*", "chip:*", "vendor:*"]
        case "metric": return id.map { ["metric:\($0)"] } ?? ["metric:*"]
        case "metrics": return ["metric:*"]
        case "series": return id.map { ["series:\($0)"] } ?? ["series:*"]
        case "source": return id.map { ["source:\($0)"] } ?? ["source:*"]
        case "sources": return ["source:*"]
        case "chart": return id.map { ["chart:\($0)"] } ?? ["chart:*"]
        default: return ["*"]
        }
    }

    func itemKeys(_ subject: Page.Subject) -> [String] {
        switch subject {
        case .none: []
        case .chip(let id): chipKeys(id)
        case .vendor(let id): vendorKeys(id)
        case .briefingList: ["briefing-meta:*"]
        case .sourcesList: ["source:*", "citations", "excerpts"]
        }
    }

    func chipKeys(_ id: String) -> [String] {
        var keys = ["chip:\(id)", "chip:\(reference)"]
        if let vendor = project.chip(id)?.vendor { keys.append("vendor:\(vendor)") }
        return keys
    }

    func vendorKeys(_ id: String) -> [String] {
        let chips = project.chips.filter { $0.vendor == id }.map(\.id)
        let subjects = Set(chips + [id])
        var keys = ["vendor:\(id)", "chips:index", "events:index", "metrics:index"]
        keys += chips.map { "chip:\($0)" }
        keys += project.events.filter { !subjects.isDisjoint(with: $0.subjects) }.flatMap { eventKeys($0.id) }
        keys += project.metrics.filter { $0.subject == id }.map { "metric:\($0.id)" }
        return keys
    }

    func eventKeys(_ id: String) -> [String] {
        let subjects = project.event(id)?.subjects ?? []
        return ["event:\(id)"] + subjects.map { project.chip($0) != nil ? "chip:\($0)" : "vendor:\($0)" }
    }

    /// The fingerprint of one key; 0 for a record that does not exist (so adding it is a change).
    func fingerprint(_ key: String) -> UInt64 {
        if let wildcard = wildcards[key] ?? extra[key] { return wildcard }
        if key == "version" { return StableHash.of(ReportVersion.string) }
        if key.hasPrefix("template:") { return templates.files[String(key.dropFirst(9))].map { StableHash.of($0.text) } ?? 0 }
        if key.hasPrefix("chart:") { return charts[String(key.dropFirst(6))] ?? 0 }
        return project.fingerprints[key] ?? 0
    }

    /// One hash over the fingerprints of `keys` (order and duplicates do not matter).
    func hash(_ keys: some Sequence<String>) -> String {
        var hash = StableHash()
        for key in Set(keys).sorted() {
            hash.combine(key)
            hash.combine(fingerprint(key))
        }
        return hash.hex
    }

    private func computeWildcards() -> [String: UInt64] {
        func combined(_ pairs: [(String, UInt64)]) -> UInt64 {
            var hash = StableHash()
            for (id, value) in pairs { hash.combine(id); hash.combine(value) }
            return hash.value
        }
        let f = project.fingerprints
        var result: [String: UInt64] = [
            "chip:*": combined(project.chips.map { ($0.id, f["chip:\($0.id)"] ?? 0) }),
            "vendor:*": combined(project.vendors.map { ($0.id, f["vendor:\($0.id)"] ?? 0) }),
            "event:*": combined(project.events.map { ($0.id, f["event:\($0.id)"] ?? 0) }),
            "metric:*": combined(project.metrics.map { ($0.id, f["metric:\($0.id)"] ?? 0) }),
            "series:*": combined(project.series.map { ($0.id, f["series:\($0.id)"] ?? 0) }),
            "source:*": combined(project.sources.map { ($0.id, f["source:\($0.id)"] ?? 0) }),
            "chart:*": combined(charts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }),
            "chips:index": combined(project.chips.map { ($0.id + "/" + $0.vendor, 0) }),
            "events:index": combined(project.events.map { ($0.id + "/" + $0.subjects.joined(separator: ","), 0) }),
            "metrics:index": combined(project.metrics.map { ($0.id + "/" + $0.subject, 0) }),
            "excerpts": combined(project.citedFigures.compactMap { cited in
                cited.figure.excerpt.map { (cited.figure.source + "/" + cited.owner, StableHash.of($0)) }
            }),
            "briefing-meta:*": combined(templates.names(withPrefix: "briefings/").map { ($0, StableHash.of(templates.files[$0]?.frontMatter ?? "")) }),
        ]
        result["*"] = combined(result.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            + f.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            + templates.files.keys.sorted().map { ($0, StableHash.of(templates.files[$0]?.text ?? "")) })
        return result
    }
}
