/// Assigns horizontal spans to the first lane where they do not collide.
struct LaneStacker: Sendable {
    /// The right edge of the last span in each lane.
    private(set) var laneEnds: [Double] = []
    /// The minimum space between spans in a lane.
    var gap: Double = 8
}

extension LaneStacker {
    /// The lane index for a span from `start` to `end`.
    mutating func place(from start: Double, to end: Double) -> Int {
        if let lane = laneEnds.firstIndex(where: { $0 + gap <= start }) {
            laneEnds[lane] = end
            return lane
        }
        laneEnds.append(end)
        return laneEnds.count - 1
    }

    /// How many lanes are in use.
    var laneCount: Int { laneEnds.count }
}
