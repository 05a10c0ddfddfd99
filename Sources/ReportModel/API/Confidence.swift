/// How far a figure can be trusted, as the fact base rates it.
public enum Confidence: String, Sendable, Hashable, CaseIterable {
    /// A primary filing, company release or major wire, consistent across sources.
    case high
    /// A reputable secondary or single trade-press source, or minor conflicts.
    case medium
    /// A blog, aggregator or social relay, or unresolved conflicts.
    case low
}
