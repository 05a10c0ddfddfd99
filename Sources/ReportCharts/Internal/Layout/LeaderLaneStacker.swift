/// Stacks labels that hang off leader lines into lanes. Lane 0 is nearest the anchors and
/// a label's leader crosses every nearer lane, so a lane is chosen where the label overlaps
/// no other label, covers no leader passing through, and its own leader crosses no label.
struct LeaderLaneStacker: Sendable {
    private(set) var placed: [(span: ClosedRange<Double>, anchor: Double, lane: Int)] = []
}

extension LeaderLaneStacker {
    /// The lane for a label covering `span` whose leader runs at `anchor`.
    mutating func place(span: ClosedRange<Double>, anchor: Double) -> Int {
        let lane = (0...laneCount).first { lane in
            !placed.contains { other in
                (other.lane == lane && other.span.overlaps(span))
                    || (other.lane > lane && span.contains(other.anchor))
                    || (other.lane < lane && other.span.contains(anchor))
            }
        } ?? laneCount
        placed.append((span, anchor, lane))
        return lane
    }

    /// How many lanes are in use.
    var laneCount: Int { (placed.map(\.lane).max() ?? -1) + 1 }
}
