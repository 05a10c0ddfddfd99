/// What a view value offers to names, without the values: the strict check's model.
indirect enum Shape: Equatable, Sendable {
    case text, raw, bool, null
    /// A list whose elements look like this; `unknown` for an empty list.
    case list(Shape)
    case object([String: Shape])
    /// Nothing is known (an empty list's element): every name is accepted.
    case unknown

    init(of value: ViewValue) {
        switch value {
        case .text: self = .text
        case .raw: self = .raw
        case .bool: self = .bool
        case .null: self = .null
        case .object(let object): self = .object(object.mapValues(Shape.init(of:)))
        case .list(let items): self = .list(items.map(Shape.init(of:)).reduce(Shape.unknown) { $0.merged(with: $1) })
        case .lookup: self = .unknown
        }
    }

    /// The shape that accepts what either accepts (list elements of different kinds).
    func merged(with other: Shape) -> Shape {
        switch (self, other) {
        case (.unknown, _), (.null, _): return other
        case (_, .unknown), (_, .null): return self
        case (.object(let a), .object(let b)):
            return .object(a.merging(b) { $0.merged(with: $1) })
        case (.list(let a), .list(let b)):
            return .list(a.merged(with: b))
        default:
            return self
        }
    }

    var keys: [String] {
        if case .object(let object) = self { return Array(object.keys) }
        return []
    }

    var kindName: String {
        switch self {
        case .text: "text"
        case .raw: "markup"
        case .bool: "a flag"
        case .null: "empty"
        case .list: "a list"
        case .object: "an object"
        case .unknown: "unknown"
        }
    }
}
