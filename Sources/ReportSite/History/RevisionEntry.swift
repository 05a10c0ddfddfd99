/// One revision of one field of a record, as its page lists it under the figure.
struct RevisionEntry: Sendable, Hashable {
    /// The field's key as written in Data/ (`fp16_tflops`, a fact's key, `value` for a metric).
    let field: String
    /// `2 December 2026: 148 TFLOPS → 150 TFLOPS`, in Markdown.
    let markdown: String
}
