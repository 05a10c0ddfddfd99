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
