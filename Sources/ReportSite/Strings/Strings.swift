import Foundation
import ReportModel
import ReportTemplates

/// The strings table of one language, checked to hold every key the engine uses.
struct Strings: Sendable {
    private let entries: [String: String]
    /// A hash of the whole table: pages depend on it.
    let fingerprint: UInt64

    /// The text for `key`.
    subscript(_ key: StringKey) -> String { entries[key.rawValue] ?? key.rawValue }

    /// Every entry, for templates (`{{strings.unknown}}`).
    var view: ViewValue { .object(entries.mapValues { .text($0) }) }

    /// The table for `language` under `templates/strings/`.
    /// - Throws: `DiagnosticError` when it is missing, unreadable, or lacks a key.
    static func load(templates: URL, language: String) throws -> Strings {
        let name = "strings/\(language).yaml"
        let table = try StringsTable.load(from: templates.appendingPathComponent(name), displayName: "Templates/\(name)")
        let missing = StringKey.allCases.filter { table.entries[$0.rawValue] == nil }
        guard missing.isEmpty else {
            let keys = missing.map(\.rawValue).joined(separator: ", ")
            throw DiagnosticError([.error("missing \(keys)", at: SourceLocation(file: table.file, line: 1, column: 1))])
        }
        var hash = StableHash()
        for key in table.entries.keys.sorted() {
            hash.combine(key)
            hash.combine(table.entries[key] ?? "")
        }
        return Strings(entries: table.entries, fingerprint: hash.value)
    }

    /// `15 July 2025`, `July 2025`, `Q3 2025`, `H1 2025`, `2025` in the table's words.
    func date(_ date: PartialDate) -> String {
        let year = String(date.year)
        switch date.precision {
        case .year: return year
        case .half(let half): return fill(.dateHalf, ["half": String(half), "year": year])
        case .quarter(let quarter): return fill(.dateQuarter, ["quarter": String(quarter), "year": year])
        case .month(let month): return fill(.dateMonth, ["month": self[StringKey.months[month - 1]], "year": year])
        case .day(let month, let day):
            return fill(.dateDay, ["day": String(day), "month": self[StringKey.months[month - 1]], "year": year])
        }
    }

    /// The entry with each `{name}` replaced; one pass, as every date on every page comes here.
    func fill(_ key: StringKey, _ values: [String: String]) -> String {
        let text = self[key]
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var output = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            output += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            output += values[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return output + rest
    }
}

extension Strings {
    /// The reader's name for a source language (`zh-Hant` → `Chinese (Traditional)`), or the code
    /// when the table has no `language_CODE` entry.
    func languageName(_ code: String) -> String {
        entries["language_" + code.lowercased().replacingOccurrences(of: "-", with: "_")] ?? code
    }

    /// The reader's name for a kind of chip.
    func kindName(_ kind: Chip.Kind) -> String {
        switch kind {
        case .gpu: self[.kindGPU]
        case .npu: self[.kindNPU]
        case .accelerator: self[.kindAccelerator]
        case .system: self[.kindSystem]
        }
    }

    /// The reader's name for a strand of the timeline.
    func categoryName(_ category: Event.Category) -> String {
        switch category {
        case .usExportControl: self[.categoryUSExportControl]
        case .chinaPolicy: self[.categoryChinaPolicy]
        case .nvidia: self[.categoryNvidia]
        case .market: self[.categoryMarket]
        case .domestic: self[.categoryDomestic]
        }
    }
}
