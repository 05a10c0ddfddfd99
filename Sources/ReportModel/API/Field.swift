/// What Data/ says about one field: nothing known, one figure, or estimates that disagree.
public enum Field: Sendable, Hashable {
    /// Nobody we cite knows; the site says "unknown".
    case unknown(note: String?, location: SourceLocation)
    /// One or more sourced figures; more than one means the sources disagree.
    case estimates([Figure])

    /// The figures, empty when unknown.
    public var figures: [Figure] {
        if case .estimates(let figures) = self { return figures }
        return []
    }

    /// Whether sources disagree on this field.
    public var isDisputed: Bool { Set(figures.map(\.value)).count > 1 }

    /// Lowest and highest of the numeric estimates.
    public var numericRange: ClosedRange<Double>? {
        let numbers = figures.compactMap(\.number)
        guard let low = numbers.min(), let high = numbers.max() else { return nil }
        return low...high
    }

    /// Where the field is written.
    public var location: SourceLocation {
        switch self {
        case .unknown(_, let location): location
        case .estimates(let figures): figures[0].location
        }
    }
}
