extension FigureSnapshot {
    /// What changed from `old` to this version: records removed and added, then figure by
    /// figure in Data/'s order. Within a field, estimates are paired first when equal, then
    /// by source, then in order, so a revised value or a renamed source is one change.
    public func changes(since old: FigureSnapshot) -> [FigureChange] {
        let oldRecords = Dictionary(old.records.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let newRecords = Dictionary(records.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var changes = old.records.filter { newRecords[$0.key] == nil }
            .map { FigureChange(kind: .recordRemoved, record: $0) }
        changes += records.filter { oldRecords[$0.key] == nil }.map { FigureChange(kind: .recordAdded, record: $0) }
        let appeared = Set(changes.map(\.record.key))
        let oldGroups = Self.grouped(old.figures), newGroups = Self.grouped(figures)
        for group in (newGroups.order + oldGroups.order).uniquedKeys() {
            let point = SnapshotRecord.Key(kind: .series, id: group.owner.id, part: group.field)
            if appeared.contains(group.owner) || (group.owner.kind == point.kind && appeared.contains(point)) { continue }
            guard let record = newRecords[group.owner] ?? oldRecords[group.owner] else { continue }
            changes += Self.pair(oldGroups.figures[group] ?? [], newGroups.figures[group] ?? [], record: record)
        }
        return changes
    }
}

private struct GroupKey: Hashable {
    let owner: SnapshotRecord.Key
    let field: String
}

private extension FigureSnapshot {
    static func grouped(_ figures: [SnapshotFigure]) -> (order: [GroupKey], figures: [GroupKey: [SnapshotFigure]]) {
        var order: [GroupKey] = []
        var groups: [GroupKey: [SnapshotFigure]] = [:]
        for figure in figures {
            let key = GroupKey(owner: figure.owner, field: figure.field)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(figure)
        }
        return (order, groups)
    }

    /// Pairs one field's estimates before and after: equal ones, then same source, then in order.
    static func pair(_ old: [SnapshotFigure], _ new: [SnapshotFigure], record: SnapshotRecord) -> [FigureChange] {
        var partner: [Int?] = Array(repeating: nil, count: new.count)
        var taken = Set<Int>()
        let rules: [(SnapshotFigure, SnapshotFigure) -> Bool] = [
            { $0.claim == $1.claim }, { $0.source == $1.source }, { _, _ in true },
        ]
        for rule in rules {
            for (index, figure) in new.enumerated() where partner[index] == nil {
                if let match = old.indices.first(where: { !taken.contains($0) && rule(old[$0], figure) }) {
                    partner[index] = match
                    taken.insert(match)
                }
            }
        }
        var changes: [FigureChange] = []
        for (index, figure) in new.enumerated() {
            if let match = partner[index] {
                if old[match].claim != figure.claim {
                    changes.append(FigureChange(kind: .changed, record: record, old: old[match], new: figure))
                }
            } else {
                changes.append(FigureChange(kind: .added, record: record, new: figure))
            }
        }
        for (index, figure) in old.enumerated() where !taken.contains(index) {
            changes.append(FigureChange(kind: .removed, record: record, old: figure))
        }
        return changes
    }
}

private extension Array where Element: Hashable {
    func uniquedKeys() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
