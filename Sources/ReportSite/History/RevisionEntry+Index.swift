import ReportHistory
import ReportModel

extension RevisionEntry {
    /// Every record's revisions, newest first, from the figure changes in `history`.
    static func index(_ history: DataHistory, text: ChangeText) -> [RecordKey: [RevisionEntry]] {
        var index: [RecordKey: [RevisionEntry]] = [:]
        for commit in history.commits {
            for change in commit.changes where change.isFigure {
                guard let kind = change.record.key.recordKind, let field = change.field else { continue }
                let details = text.details(change, escape: TemplateEscape.markdown)
                let markdown = text.revision(day: text.day(commit), details: details)
                let entry = RevisionEntry(field: field, markdown: markdown)
                index[RecordKey(kind, change.record.key.id), default: []].append(entry)
            }
        }
        return index
    }
}
