import ReportHistory
import ReportModel
import ReportTemplates

/// What the What-changed page, the home page and the feed show of the data's history.
struct HistoryView: Sendable {
    let history: DataHistory
    let text: ChangeText

    init(site: SiteContext) {
        history = site.model.history
        text = ChangeText(project: site.project, strings: site.strings)
    }

    /// What a page listing the history reads: the history, and which pages its links can reach.
    static let reads: Set<DependencyKey> = [
        .history, .index(.chip), .index(.vendor), .index(.event), .all(.metric), .all(.series), .all(.source),
    ]

    /// Every commit, newest first: `date`, `iso_date`, `subject`, `hash`, `changes` (`md`, `text`).
    func commits(root: String) -> ViewValue {
        .list(history.commits.map { commit in
            [
                "date": .text(text.day(commit)), "iso_date": .text(commit.date), "subject": .text(commit.subject),
                "hash": .text(commit.hash),
                "changes": .list(commit.changes.map {
                    ["md": .raw(text.markdown($0, root: root)), "text": .text(text.text($0))]
                }),
            ]
        })
    }

    /// The newest `count` changes, each with its commit's date: `date`, `md`.
    func latest(_ count: Int, root: String) -> ViewValue {
        let changes = history.commits.lazy.flatMap { commit in
            commit.changes.lazy.map { change -> ViewValue in
                ["date": .text(text.day(commit)), "md": .raw(text.markdown(change, root: root))]
            }
        }
        return .list(Array(changes.prefix(count)))
    }

    /// What to tell readers about the history itself: none kept, limited, nothing changed yet.
    var notes: [String] {
        switch history.status {
        case .unavailable: return [text.strings[.changesUnavailable]]
        case .limited: return [text.strings[.changesLimited]]
        case .complete:
            var notes = history.truncated ? [text.strings[.changesTruncated]] : []
            if history.commits.isEmpty { notes.append(text.strings[.changesNone]) }
            return notes
        }
    }

    /// The notes as template values: `[{text}]`.
    var noteViews: ViewValue { .list(notes.map { ["text": .text($0)] }) }
}
