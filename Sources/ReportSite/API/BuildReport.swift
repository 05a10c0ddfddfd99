/// What a build did.
public struct BuildReport: Sendable {
    /// Pages in the site (each page is one `.md` and one `.html` file).
    public let pages: Int
    /// Pages rendered by this build; the others were unchanged and kept.
    public let rendered: Int
    /// Files written (created or changed) by this build.
    public let written: Int
    /// Files deleted because nothing produces them any more.
    public let deleted: Int
    /// Every file in the output folder.
    public let files: Int
    /// Warnings: problems that did not stop the build.
    public let warnings: [String]
    /// Wall-clock seconds.
    public let seconds: Double
}
