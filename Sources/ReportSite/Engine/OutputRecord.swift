/// What the build state remembers of one output: what it read, what it wrote.
struct OutputRecord: Sendable, Equatable {
    /// The keys it read when it was made.
    var dependencies: [DependencyKey]
    /// The hash of those keys' fingerprints then.
    var dependencyHash: UInt64
    /// The files it wrote, by path under the site, with a hash of their bytes.
    var files: [String: UInt64]
    /// For a page, what aggregate outputs know of it.
    var page: PageSummary?
}
