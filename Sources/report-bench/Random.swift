/// A seeded linear congruential generator: the corpus is the same on every run and machine.
struct Random {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }

    mutating func int(_ range: Range<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }

    mutating func decimal(_ range: Range<Int>, places: Int = 1) -> String {
        let whole = int(range)
        return places == 0 ? String(whole) : "\(whole).\(int(0..<10))"
    }
}
