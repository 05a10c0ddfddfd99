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
        let oldGroups = Groups(old.figures), newGroups = Groups(figures)
        for group in (newGroups.order + oldGroups.order).uniquedKeys() {
            let point = SnapshotRecord.Key(kind: .series, id: group.owner.id, part: group.field)
            if appeared.contains(group.owner) || (group.owner.kind == point.kind && appeared.contains(point)) { continue }
            guard let record = newRecords[group.owner] ?? oldRecords[group.owner] else { continue }
            changes += Self.pair(oldGroups[group], newGroups[group], record: record)
        }
        return changes
    }
}

private struct GroupKey: Hashable {
    let owner: SnapshotRecord.Key
    let field: String
}

/// The figures of each field of each record, in order of first appearance. Each field keeps
/// only the position of its first figure, and each figure the position of the next of its
/// field: most fields have one figure, and an array per field costs more than the figures.
private struct Groups {
    let figures: [SnapshotFigure]
    private(set) var order: [GroupKey] = []
    private var first: [GroupKey: Int] = [:]
    private var next: [Int]

    init(_ figures: [SnapshotFigure]) {
        self.figures = figures
        next = Array(repeating: -1, count: figures.count)
        var last: [GroupKey: Int] = [:]
        for (index, figure) in figures.enumerated() {
            let key = GroupKey(owner: figure.owner, field: figure.field)
            if let previous = last.updateValue(index, forKey: key) {
                next[previous] = index
            } else {
                first[key] = index
                order.append(key)
            }
        }
    }

    /// The field's figures, in order; empty when the version does not have it.
    subscript(key: GroupKey) -> [SnapshotFigure] {
        var result: [SnapshotFigure] = []
        var index = first[key] ?? -1
        while index >= 0 {
            result.append(figures[index])
            index = next[index]
        }
        return result
    }
}

private extension FigureSnapshot {
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
