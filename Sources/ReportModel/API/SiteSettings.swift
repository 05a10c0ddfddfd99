/// Settings for the whole site, from site.yaml.
public struct SiteSettings: Sendable, Hashable {
    /// The site's name.
    public let title: String
    /// One sentence under the name.
    public let description: String
    /// BCP 47 language of the pages.
    public let language: String
    /// The chip others are compared with.
    public let referenceChip: String
    /// The absolute URL the site will be published at, for feeds; optional.
    public let baseURL: String?
    /// How many of the commits that touched Data/ the site's history reads, newest first
    /// (`history:` in site.yaml; 0 turns the history off).
    public var history: Int = SiteSettings.defaultHistory
    /// How many rows a paginated list (the timeline) shows on each page (`page_size:`).
    public var pageSize: Int = SiteSettings.defaultPageSize
    /// Where the settings are written.
    public let location: SourceLocation

    /// The history limit when site.yaml sets none.
    public static let defaultHistory = 200
    /// The page size when site.yaml sets none.
    public static let defaultPageSize = 100
}
