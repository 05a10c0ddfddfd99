/// Greedy label placement: tries candidate positions around each point, nearest first,
/// and keeps the first that stays in bounds and clear of every obstacle and earlier label.
struct LabelPlacer: Sendable {
    /// Where a label went.
    struct Placement: Sendable, Equatable {
        /// The label's box.
        var rect: Rect
        /// Whether the label sits away from its point and needs a leader line.
        var needsLeader: Bool
    }

    /// Rectangles labels must avoid: points, and labels already placed.
    private(set) var obstacles: [Rect]
    /// The area labels must stay inside.
    let bounds: Rect
}

extension LabelPlacer {
    init(bounds: Rect, obstacles: [Rect]) {
        self.bounds = bounds
        self.obstacles = obstacles
    }

    /// Places a `size` label near a point of `radius`, or returns `nil` if nowhere fits.
    mutating func place(width: Double, height: Double, around point: PixelPoint, radius: Double) -> Placement? {
        for (distance, needsLeader) in [(3.0, false), (14.0, true), (28.0, true)] {
            for rect in candidates(width: width, height: height, around: point, offset: radius + distance)
            where fits(rect) {
                obstacles.append(rect)
                return Placement(rect: rect, needsLeader: needsLeader)
            }
        }
        return nil
    }

    private func fits(_ rect: Rect) -> Bool {
        bounds.contains(rect) && !obstacles.contains { $0.intersects(rect) }
    }

    /// Right, left, above, below, then the four diagonals.
    private func candidates(width w: Double, height h: Double, around p: PixelPoint, offset d: Double) -> [Rect] {
        let diagonal = d * 0.7
        return [
            Rect(x: p.x + d, y: p.y - h / 2, width: w, height: h),
            Rect(x: p.x - d - w, y: p.y - h / 2, width: w, height: h),
            Rect(x: p.x - w / 2, y: p.y - d - h, width: w, height: h),
            Rect(x: p.x - w / 2, y: p.y + d, width: w, height: h),
            Rect(x: p.x + diagonal, y: p.y - diagonal - h, width: w, height: h),
            Rect(x: p.x - diagonal - w, y: p.y - diagonal - h, width: w, height: h),
            Rect(x: p.x + diagonal, y: p.y + diagonal, width: w, height: h),
            Rect(x: p.x - diagonal - w, y: p.y + diagonal, width: w, height: h),
        ]
    }
}
