import ReportModel

/// Something an output was made from. When its fingerprint changes, the output is made again.
/// Keys are recorded while an output renders: every lookup a template makes goes through a
/// view that records the key it resolved.
enum DependencyKey: Sendable, Hashable {
    /// One record's own text.
    case record(RecordKey)
    /// Every record of a kind: which exist, in what order, and their text.
    case all(RecordKind)
    /// Which records of a kind exist and what they are about (a chip's vendor, an event's
    /// subjects), not their text: what a page reads to choose, say, a vendor's chips.
    case index(RecordKind)
    /// A template file: a page, partial or layout, by name (`pages/chip.md`).
    case template(String)
    /// A static file under Templates/assets/, by path below it.
    case asset(String)
    /// A drawn chart: its SVG and what its Markdown says.
    case chart(String)
    /// Every briefing's front matter: the pages that list briefings read it.
    case briefings
    /// Every page's path, title and cited sources: the outputs that list pages read it.
    case pages
    /// Every page's words, as the search index holds them.
    case pageTexts
    /// Every excerpt quoted from a source, with the record that quotes it.
    case excerpts
    /// site.yaml.
    case settings
    /// The strings table (Templates/strings/).
    case strings
    /// The release and the executable of report itself.
    case version
    /// The data's history as a whole (the commits and their changes): the What-changed page,
    /// its feed and the home page read it. Fingerprinted by the history's head and commits.
    case history
    /// The changes the history holds for one record: the revisions its figures show.
    case revisions(RecordKey)
    /// Which briefings discuss one chip or vendor (the page's "Discussed in" list).
    case discussions(RecordKey)
}

extension DependencyKey: Comparable {
    static func < (lhs: DependencyKey, rhs: DependencyKey) -> Bool {
        (lhs.tag, lhs.argument) < (rhs.tag, rhs.argument)
    }
}

extension DependencyKey: CustomStringConvertible {
    /// `chip h20`, `all chips`, `template pages/chip.md`: for messages and tests.
    var description: String {
        switch self {
        case .record(let key): key.description
        case .all(let kind): "all \(kind.rawValue)"
        case .index(let kind): "index of \(kind.rawValue)"
        case .template(let name): "template \(name)"
        case .asset(let path): "asset \(path)"
        case .chart(let id): "chart \(id)"
        case .briefings: "briefings"
        case .pages: "pages"
        case .pageTexts: "page texts"
        case .excerpts: "excerpts"
        case .settings: "settings"
        case .strings: "strings"
        case .version: "version"
        case .history: "history"
        case .revisions(let key): "revisions of \(key)"
        case .discussions(let key): "briefings discussing \(key)"
        }
    }
}

extension DependencyKey {
    /// Keys every output depends on.
    static let always: [DependencyKey] = [.settings, .strings, .version]

    /// A number for the case, for ordering and encoding.
    var tag: UInt8 {
        switch self {
        case .record(let key): 0x10 + key.kind.code
        case .all(let kind): 0x20 + kind.code
        case .index(let kind): 0x30 + kind.code
        case .template: 1
        case .asset: 2
        case .chart: 3
        case .briefings: 4
        case .pages: 5
        case .excerpts: 6
        case .settings: 7
        case .strings: 8
        case .version: 9
        case .history: 10
        case .revisions(let key): 0x40 + key.kind.code
        case .discussions(let key): 0x50 + key.kind.code
        case .pageTexts: 11
        }
    }

    /// The text the case carries, empty for those that carry none.
    var argument: String {
        switch self {
        case .record(let key), .revisions(let key), .discussions(let key): key.id
        case .template(let name): name
        case .asset(let path): path
        case .chart(let id): id
        default: ""
        }
    }

    /// The key for a tag and argument; nil when the tag is not one of ours.
    init?(tag: UInt8, argument: String) {
        let kind = RecordKind.allCases.first { $0.code == tag & 0x0F }
        switch tag {
        case 0x10..<0x20: guard let kind else { return nil }; self = .record(RecordKey(kind, argument))
        case 0x20..<0x30: guard let kind else { return nil }; self = .all(kind)
        case 0x30..<0x40: guard let kind else { return nil }; self = .index(kind)
        case 0x40..<0x50: guard let kind else { return nil }; self = .revisions(RecordKey(kind, argument))
        case 0x50..<0x60: guard let kind else { return nil }; self = .discussions(RecordKey(kind, argument))
        case 1: self = .template(argument)
        case 2: self = .asset(argument)
        case 3: self = .chart(argument)
        case 4: self = .briefings
        case 5: self = .pages
        case 6: self = .excerpts
        case 7: self = .settings
        case 8: self = .strings
        case 9: self = .version
        case 10: self = .history
        case 11: self = .pageTexts
        default: return nil
        }
    }
}

extension RecordKind {
    /// A small number for each kind, stable across releases (the state file stores it).
    var code: UInt8 {
        switch self {
        case .source: 0
        case .vendor: 1
        case .chip: 2
        case .event: 3
        case .metric: 4
        case .series: 5
        case .chart: 6
        }
    }
}
