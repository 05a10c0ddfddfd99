/// A company that designs chips.
public struct Vendor: Sendable, Hashable, Identifiable {
    /// `[a-z0-9-]+`, unique.
    public let id: String
    /// English name.
    public let name: String
    /// Chinese name, when it has one.
    public let nameZh: String?
    /// ISO country code of its headquarters.
    public let country: String
    /// One sentence for its page.
    public let summary: String
    /// Listing, funding and other labelled facts, in the order written.
    public let facts: [NamedField]
    /// Where the vendor is written.
    public let location: SourceLocation
}
