import Yams

/// Warns about a source that has no `date:` at all: a date unknown to us must be written
/// `date: unknown`, so that a missing date is a decision rather than an omission.
enum SourceDateCheck {
    static func run(text: String?, file: String) -> [Diagnostic] {
        guard let text, let root = try? Yams.compose(yaml: text, .basic),
              case .sequence(let items) = root else { return [] }
        return items.compactMap { item -> Diagnostic? in
            guard case .mapping(let mapping) = item, mapping["date"] == nil else { return nil }
            let id = mapping["id"]?.string ?? "?"
            return .warning(
                "source '\(id)' has no date; write its date, or `date: unknown`",
                at: SourceLocation(file: file, line: item.mark?.line ?? 1, column: item.mark?.column ?? 1))
        }
    }
}
