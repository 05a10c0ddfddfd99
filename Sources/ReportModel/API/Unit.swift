/// The unit of a numeric figure: a base quantity and, for money, a scale.
public struct Unit: Sendable, Hashable, CustomStringConvertible {
    /// What is measured.
    public enum Base: String, Sendable, Hashable, CaseIterable {
        case tflops = "TFLOPS", pflops = "PFLOPS", tops = "TOPS"
        case gb = "GB", tb = "TB", gbPerSecond = "GB/s", tbPerSecond = "TB/s"
        case watt = "W", kilowatt = "kW", nanometre = "nm"
        case percent = "%", multiple = "x", count = "count"
        case usd = "USD", cny = "CNY"
    }

    /// A power of a thousand that money is written in.
    public enum Scale: String, Sendable, Hashable, CaseIterable {
        case one = "", thousand, million, billion, trillion

        /// The multiplier this scale stands for.
        public var factor: Double {
            switch self {
            case .one: 1
            case .thousand: 1e3
            case .million: 1e6
            case .billion: 1e9
            case .trillion: 1e12
            }
        }
    }

    /// What is measured.
    public let base: Base
    /// The scale; `.one` except for money.
    public let scale: Scale

    /// Creates a unit.
    public init(_ base: Base, scale: Scale = .one) {
        self.base = base
        self.scale = scale
    }

    /// Parses `TFLOPS`, `USD billion`, `%` ...; nil when unknown.
    public init?(parsing text: String) {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let first = words.first, let base = Base(rawValue: first), words.count <= 2 else { return nil }
        if words.count == 2 {
            guard base.isMoney, let scale = Scale(rawValue: words[1]), scale != .one else { return nil }
            self.init(base, scale: scale)
        } else {
            self.init(base)
        }
    }

    /// Every unit a figure may carry, as written in Data/.
    public static let all: [Unit] = Base.allCases.flatMap { base in
        base.isMoney ? Scale.allCases.map { Unit(base, scale: $0) } : [Unit(base)]
    }

    /// As written in Data/: `USD billion`.
    public var description: String { scale == .one ? base.rawValue : "\(base.rawValue) \(scale.rawValue)" }

    /// Whether a negative value makes sense (a loss, a change in share).
    public var allowsNegative: Bool { base.isMoney || base == .percent }
}

extension Unit.Base {
    /// US dollars or yuan.
    public var isMoney: Bool { self == .usd || self == .cny }
}

extension Unit {
    /// `value` (in this unit) restated in the largest sibling unit that still reads naturally,
    /// for display: `49,200 GB` → `49.2 TB`, `559,000 W` → `559 kW`, `300,000 TFLOPS` →
    /// `300 PFLOPS`. The rule: a value of at least 1,000 of a unit that has a larger sibling
    /// (GB → TB → PB, GB/s → TB/s → PB/s, W → kW → MW) moves up one sibling, repeatedly;
    /// compute (TFLOPS → PFLOPS → EFLOPS, TOPS → POPS) moves only from 10,000, so a datasheet's
    /// `1,979 TFLOPS` keeps its four digits. Each step divides by exactly 1,000, so printing
    /// the result with three more decimals per step than the source used loses nothing
    /// (`decimalShift` says how many). Money, percentages and counts are returned unchanged.
    public func natural(_ value: Double) -> (value: Double, symbol: String, decimalShift: Int) {
        guard scale == .one, let ladder = Self.ladders.first(where: { $0.symbols.contains(base.rawValue) }),
              var index = ladder.symbols.firstIndex(of: base.rawValue), value.isFinite else {
            return (value, base.rawValue, 0)
        }
        let start = index
        var scaled = value
        while index + 1 < ladder.symbols.count && abs(scaled) >= ladder.threshold {
            index += 1
            scaled /= 1000
        }
        return (scaled, ladder.symbols[index], 3 * (index - start))
    }

    private static let ladders: [(symbols: [String], threshold: Double)] = [
        (["GB", "TB", "PB"], 1000),
        (["GB/s", "TB/s", "PB/s"], 1000),
        (["W", "kW", "MW"], 1000),
        (["TFLOPS", "PFLOPS", "EFLOPS"], 10_000),
        (["TOPS", "POPS", "EOPS"], 10_000),
    ]
}
