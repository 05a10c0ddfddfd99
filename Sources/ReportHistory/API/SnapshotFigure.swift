/// One figure of one version of Data/, in the small form the history keeps: what it is about,
/// what it claims and who says so. Excerpts and notes are left out: a change of wording is
/// not a change of figure.
public struct SnapshotFigure: Sendable, Hashable, Codable {
    /// The claim.
    public enum Value: Sendable, Hashable, Codable {
        /// A quantity, read with `unit`.
        case number(Double)
        /// A date as written in Data/ (`2025-07-15`, `2025-Q3`).
        case date(String)
        /// A fact that is not a number.
        case text(String)
    }

    /// The record it belongs to.
    public let owner: SnapshotRecord.Key
    /// The field as written in Data/: `fp16_tflops`, a fact's key, `date` for an event itself,
    /// `value` for a metric, a series' period.
    public let field: String
    /// What readers call the field: `FP16 dense`, `IPO`, `Q1 2025`.
    public let label: String
    /// The claim.
    public let value: Value
    /// The unit of a number, as written in Data/ (`TFLOPS`, `USD billion`).
    public let unit: String?
    /// The date the value refers to, as written in Data/.
    public let asOf: String?
    /// The source's id.
    public let source: String
    /// `high`, `medium`, `low`.
    public let confidence: String

    /// Creates a figure.
    public init(
        owner: SnapshotRecord.Key, field: String, label: String, value: Value, unit: String?, asOf: String?,
        source: String, confidence: String
    ) {
        self.owner = owner
        self.field = field
        self.label = label
        self.value = value
        self.unit = unit
        self.asOf = asOf
        self.source = source
        self.confidence = confidence
    }
}

extension SnapshotFigure {
    /// What a reader would see change: value, unit, date, source and confidence (not the label).
    public var claim: [String] {
        let valueText: String = switch value {
        case .number(let number): "n" + String(number)
        case .date(let date): "d" + date
        case .text(let text): "t" + text
        }
        return [valueText, unit ?? "", asOf ?? "", source, confidence]
    }
}
