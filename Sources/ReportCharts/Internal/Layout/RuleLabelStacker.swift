/// Stacks labels into lanes above the vertical rules they name. Lane 0 is nearest the rules'
/// feet, and a rule rises from the plot to the bottom of its own label, through every lower
/// lane. So a label must sit in a higher lane than every rule whose x falls inside its span,
/// and labels in one lane must not overlap. Labels are placed in an order that respects the
/// first rule (a topological order); if the spans make that impossible (a cycle), the label
/// with the fewest unplaced rules under it goes next, and is still raised above every rule
/// already placed under it.
struct RuleLabelStacker: Sendable {
    /// One label: where its rule stands and the horizontal extent of its text.
    struct Item: Sendable {
        var anchor: Double
        var span: ClosedRange<Double>
    }
}

extension RuleLabelStacker {
    /// The lane of each item, in input order.
    static func lanes(_ items: [Item]) -> [Int] {
        // under[l]: the items whose rule stands inside item l's span.
        let under = items.indices.map { l in
            items.indices.filter { $0 != l && items[l].span.contains(items[$0].anchor) }
        }
        var lanes = [Int?](repeating: nil, count: items.count)
        for _ in items.indices {
            let next = items.indices.filter { lanes[$0] == nil }.min { a, b in
                let waitingA = under[a].filter { lanes[$0] == nil }.count
                let waitingB = under[b].filter { lanes[$0] == nil }.count
                return (waitingA, a) < (waitingB, b)
            }!
            let floor = under[next].compactMap { lanes[$0] }.map { $0 + 1 }.max() ?? 0
            lanes[next] = (floor...).first { lane in
                !items.indices.contains { other in
                    lanes[other] == lane && other != next && items[other].span.overlaps(items[next].span)
                }
            }
        }
        return lanes.map { $0 ?? 0 }
    }

    /// The number of items whose rule stands inside `span`, other than `anchor`'s own.
    static func crossings(of span: ClosedRange<Double>, anchors: [Double], own: Int) -> Int {
        anchors.indices.filter { $0 != own && span.contains(anchors[$0]) }.count
    }
}
