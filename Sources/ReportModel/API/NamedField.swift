/// A field under a key: a chip's spec, a vendor's fact, an event's figure.
public struct NamedField: Sendable, Hashable {
    /// The key as written in Data/ (`fp16_tflops`, `ipo`).
    public let key: String
    /// What Data/ says about it.
    public let field: Field

    /// Creates a named field.
    public init(key: String, field: Field) {
        self.key = key
        self.field = field
    }
}
