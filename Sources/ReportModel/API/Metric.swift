/// A stand-alone figure: a market size, a share, a count.
public struct Metric: Sendable, Hashable, Identifiable {
    /// `[a-z0-9-]+`, unique.
    public let id: String
    /// What the figure measures.
    public let label: String
    /// The chip or vendor it is about.
    public let subject: String
    /// One figure or several disagreeing estimates.
    public let field: Field
    /// Where the metric is written.
    public let location: SourceLocation
}
