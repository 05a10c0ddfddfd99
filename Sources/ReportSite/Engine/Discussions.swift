import ReportModel
import ReportTemplates

/// Which briefings discuss which chips and vendors: a briefing discusses a record when its
/// template names it (`chip.h20.…`, `vendor.huawei}}`) or links to its page (`chips/h20.html`).
/// Each template is scanned once, so the cost is the briefings' length, not briefings × records.
struct Discussions: Sendable {
    /// Briefing pages by record, in the briefings' order.
    private let byRecord: [RecordKey: [Page]]

    init(briefings: [Page], templates: TemplateLibrary, project: Project) {
        // Each briefing's text is scanned on every core; the lists keep the briefings' order.
        let mentioned = ParallelMap.map(briefings, progress: nil, total: briefings.count) { briefing in
            templates.files[briefing.template].map { file in Self.memo.value(file.text) { Self.mentions(in: file.text) } } ?? []
        }
        var byRecord: [RecordKey: [Page]] = [:]
        for (briefing, keys) in zip(briefings, mentioned) {
            for key in keys where Self.exists(key, in: project) {
                byRecord[key, default: []].append(briefing)
            }
        }
        self.byRecord = byRecord
    }

    /// The briefings that discuss `key`, in the briefings' order.
    func briefings(_ key: RecordKey) -> [Page] { byRecord[key] ?? [] }

    /// The list a chip or vendor page shows, with paths from a page one folder deep.
    func list(_ key: RecordKey) -> [ViewValue] {
        briefings(key).map { ["title": .text($0.title), "path": .text("../" + $0.path + ".html"), "date": .text($0.date)] }
    }

    /// What `list` shows, as a fingerprint: a page depends on its own list, not on every briefing.
    func fingerprint(_ key: RecordKey) -> UInt64 {
        var hash = StableHash()
        for page in briefings(key) {
            hash.combine(page.path)
            hash.combine(page.title)
            hash.combine(page.date ?? "")
        }
        return hash.value
    }

    private static let memo = TextMemo<Set<RecordKey>>()

    /// Every `chip.ID.` / `chip.ID}` / `chips/ID.html` (and the vendor forms) in one pass.
    static func mentions(in text: String) -> Set<RecordKey> {
        let bytes = Array(text.utf8)
        let prefixes: [([UInt8], RecordKind, Bool)] = [
            (Array("chip.".utf8), .chip, false), (Array("vendor.".utf8), .vendor, false),
            (Array("chips/".utf8), .chip, true), (Array("vendors/".utf8), .vendor, true),
        ]
        var found: Set<RecordKey> = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "c") || bytes[index] == UInt8(ascii: "v") else {
                index += 1
                continue
            }
            for (prefix, kind, isLink) in prefixes where bytes[index...].starts(with: prefix) {
                var end = index + prefix.count
                while end < bytes.count, isIDByte(bytes[end]) { end += 1 }
                guard end > index + prefix.count else { continue }
                let id = String(decoding: bytes[(index + prefix.count)..<end], as: UTF8.self)
                let rest = bytes[end...]
                let ends = isLink ? rest.starts(with: Array(".html".utf8))
                    : rest.first == UInt8(ascii: ".") || rest.first == UInt8(ascii: "}")
                if ends { found.insert(RecordKey(kind, id)) }
            }
            index += 1
        }
        return found
    }

    private static func isIDByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
    }

    private static func exists(_ key: RecordKey, in project: Project) -> Bool {
        key.kind == .chip ? project.chip(key.id) != nil : project.vendor(key.id) != nil
    }
}
