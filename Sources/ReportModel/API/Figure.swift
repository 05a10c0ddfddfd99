/// A sourced value: what is claimed, in what unit, as of when, according to whom.
public struct Figure: Sendable, Hashable {
    /// The claim itself.
    public enum Value: Sendable, Hashable {
        /// A quantity, read with `unit`.
        case number(Double)
        /// A date (an IPO day, a launch month).
        case date(PartialDate)
        /// A fact that is not a number ("TSMC 4N", "HBM3").
        case text(String)
    }

    /// The claim.
    public let value: Value
    /// The unit of a number; nil for dates and text.
    public let unit: Unit?
    /// The date the value refers to.
    public let asOf: PartialDate?
    /// The id of the source in sources.yaml.
    public let source: String
    /// The source's own words, verbatim, where we quote them.
    public let excerpt: String?
    /// How far the figure can be trusted.
    public let confidence: Confidence
    /// A caveat, a conflict, a derivation.
    public let note: String?
    /// What the figure is, when the field's name does not say (vendor facts, event figures).
    public let label: String?
    /// The record id in the research fact base the figure came from.
    public let fact: String?
    /// True when the value is arithmetic on other cited figures.
    public let derived: Bool
    /// Where the figure is written.
    public let location: SourceLocation
    /// Where its excerpt is written, for excerpt checks.
    public let excerptLocation: SourceLocation?

    /// Creates a figure.
    public init(
        value: Value, unit: Unit?, asOf: PartialDate?, source: String, excerpt: String? = nil,
        confidence: Confidence, note: String? = nil, label: String? = nil, fact: String? = nil,
        derived: Bool = false, location: SourceLocation, excerptLocation: SourceLocation? = nil
    ) {
        self.value = value
        self.unit = unit
        self.asOf = asOf
        self.source = source
        self.excerpt = excerpt
        self.confidence = confidence
        self.note = note
        self.label = label
        self.fact = fact
        self.derived = derived
        self.location = location
        self.excerptLocation = excerptLocation
    }

    /// The number, when the figure is a quantity.
    public var number: Double? {
        if case .number(let number) = value { return number }
        return nil
    }
}
