import ReportHistory
import ReportModel
import ReportTemplates

/// Says what a change is, in the strings table's words: as plain text (the command line,
/// feeds) and as Markdown with links to the pages that show the record (the site).
struct ChangeText: Sendable {
    let project: Project
    let strings: Strings

    /// `H20 FP16 dense: 148 TFLOPS → 150 TFLOPS`.
    func text(_ change: FigureChange) -> String {
        sentence(change, what: name(change) + label(change), escape: { $0 })
    }

    /// The same in Markdown, the record's name linked to its page (from a page at `root`).
    func markdown(_ change: FigureChange, root: String) -> String {
        let name = TemplateLibrary.escapeMarkdown(self.name(change))
        let linked = path(change.record.key).map { "[\(name)](\(root)\($0))" } ?? name
        let what = linked + TemplateLibrary.escapeMarkdown(label(change))
        return sentence(change, what: what, escape: TemplateLibrary.escapeMarkdown)
    }

    /// What changed in a figure, without saying which: `148 TFLOPS → 150 TFLOPS, source a → b`.
    func details(_ change: FigureChange, escape: (String) -> String = { $0 }) -> String {
        switch change.kind {
        case .changed:
            guard let old = change.old, let new = change.new else { return "" }
            var parts: [String] = []
            if old.value != new.value || old.unit != new.unit {
                parts.append(fill(.changeValue, ["old": value(old), "new": value(new)], escape))
            }
            if old.source != new.source {
                let (before, after) = sources(old.source, new.source)
                parts.append(fill(.changeSource, ["old": before, "new": after], escape))
            }
            if old.confidence != new.confidence {
                parts.append(fill(.changeConfidence, ["old": old.confidence, "new": new.confidence], escape))
            }
            if old.asOf != new.asOf {
                parts.append(fill(.changeAsOf, ["old": date(old.asOf), "new": date(new.asOf)], escape))
            }
            return parts.joined(separator: ", ")
        case .added:
            return change.new.map { fill(.revisionAdded, ["value": value($0)], escape) } ?? ""
        case .removed:
            return change.old.map { fill(.revisionRemoved, ["value": value($0)], escape) } ?? ""
        case .recordAdded, .recordRemoved:
            return ""
        }
    }

    /// A figure's value as pages show it: `150 TFLOPS`, `July 2025`, `TSMC 4N`.
    func value(_ figure: SnapshotFigure) -> String {
        switch figure.value {
        case .number(let number):
            figure.unit.flatMap(Unit.init(parsing:))?.format(number) ?? NumberText.decimal(number)
        case .date(let text): date(text)
        case .text(let text): text
        }
    }

    /// `2 December 2026: 148 TFLOPS → 150 TFLOPS` in Markdown, `details` already Markdown.
    func revision(day: String, details: String) -> String {
        let values = ["date": TemplateLibrary.escapeMarkdown(day), "details": details]
        return fillRaw(.revisionEntry, values, TemplateLibrary.escapeMarkdown)
    }

    /// A commit's day in the table's words: `2 December 2026`.
    func day(_ commit: DataCommit) -> String { date(commit.day) }

    /// The page that shows a record, below the site's root; nil when none does now.
    func path(_ key: SnapshotRecord.Key) -> String? {
        switch key.recordKind {
        case .chip: project.chip(key.id) != nil ? "chips/\(key.id).html" : nil
        case .vendor: project.vendor(key.id) != nil ? "vendors/\(key.id).html" : nil
        case .event: project.eventPosition(key.id).map { TimelinePage.path(ofEventAt: $0, in: project) + ".html" }
        case .metric: project.metric(key.id).flatMap { subjectPath($0.subject) }
        case .series: project.series(key.id).flatMap { subjectPath($0.subject) }
        case .source: project.source(key.id) != nil ? "sources.html" : nil
        case .chart, nil: nil
        }
    }
}

private extension ChangeText {
    func sentence(_ change: FigureChange, what: String, escape: (String) -> String) -> String {
        let record = change.record
        switch change.kind {
        case .recordAdded, .recordRemoved:
            let kind = escape(kindWord(record.key))
            let key: StringKey = change.kind == .recordAdded ? .recordAdded : .recordRemoved
            return fillRaw(key, ["kind": kind, "name": what], escape)
        case .added:
            let new = change.new!
            let values = ["what": what, "value": escape(value(new)), "source": escape(source(new.source))]
            return fillRaw(.changeAdded, values, escape)
        case .removed:
            return fillRaw(.changeRemoved, ["what": what, "value": escape(value(change.old!))], escape)
        case .changed:
            return fillRaw(.changeChanged, ["what": what, "details": details(change, escape: escape)], escape)
        }
    }

    func name(_ change: FigureChange) -> String { change.record.name }

    /// ` FP16 dense` for a figure; nothing for a record, a metric or a series point (the
    /// record's name says it).
    func label(_ change: FigureChange) -> String {
        guard change.isFigure, let figure = change.new ?? change.old else { return "" }
        switch change.record.key.recordKind {
        case .metric: return ""
        case .series: return ", " + figure.label
        default: return " " + figure.label
        }
    }

    func kindWord(_ key: SnapshotRecord.Key) -> String {
        if key.part != nil { return strings[.kindPoint] }
        switch key.recordKind {
        case .chip: return strings[.kindChip]
        case .vendor: return strings[.kindVendor]
        case .event: return strings[.kindEvent]
        case .metric: return strings[.kindMetric]
        case .series: return strings[.kindSeries]
        case .source, .chart, nil: return strings[.kindSource]
        }
    }

    func subjectPath(_ subject: String) -> String? {
        if project.chip(subject) != nil { return "chips/\(subject).html" }
        if project.vendor(subject) != nil { return "vendors/\(subject).html" }
        return nil
    }

    /// A source's title when the data still has it, else its id.
    func source(_ id: String) -> String { project.source(id)?.title ?? id }

    /// Two sources by title when the data has both and their titles differ; else by id (a
    /// renamed id keeps its title).
    func sources(_ old: String, _ new: String) -> (String, String) {
        guard let before = project.source(old)?.title, let after = project.source(new)?.title, before != after else {
            return (old, new)
        }
        return (before, after)
    }

    func date(_ text: String?) -> String {
        guard let text else { return "–" }
        return PartialDate(parsing: text).map(strings.date) ?? text
    }

    /// The entry with each `{name}` replaced by `values` escaped.
    func fill(_ key: StringKey, _ values: [String: String], _ escape: (String) -> String) -> String {
        fillRaw(key, values.mapValues(escape), escape)
    }

    /// The entry, its own words escaped, each `{name}` replaced by `values` as they are.
    func fillRaw(_ key: StringKey, _ values: [String: String], _ escape: (String) -> String) -> String {
        var output = ""
        var rest = Substring(strings[key])
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            output += escape(String(rest[..<open]))
            let name = String(rest[rest.index(after: open)..<close])
            output += values[name] ?? escape("{\(name)}")
            rest = rest[rest.index(after: close)...]
        }
        return output + escape(String(rest))
    }
}
