/// Something that happened on a date: a rule, a ban, a listing, an announcement.
public struct Event: Sendable, Hashable, Identifiable {
    /// The kinds of event the timeline distinguishes.
    public enum Category: String, Sendable, Hashable, CaseIterable {
        case usExportControl = "us-export-control"
        case chinaPolicy = "china-policy"
        case nvidia
        case market
        case domestic
    }

    /// `[a-z0-9-]+`, unique.
    public let id: String
    /// When it happened.
    public let date: PartialDate
    /// When it ended, for a span.
    public let end: PartialDate?
    /// One line.
    public let title: String
    /// Which strand of the story it belongs to.
    public let category: Category
    /// Chip and vendor ids it concerns.
    public let subjects: [String]
    /// One or two sentences.
    public let summary: String
    /// The event itself, as a sourced figure (its value is the date or a short text).
    public let evidence: Figure
    /// Numbers the event carries (a charge, a revenue share).
    public let figures: [NamedField]
    /// Where the event is written.
    public let location: SourceLocation
}
