/// What a build did.
public struct BuildReport: Sendable {
    /// Pages written (each page is one `.md` and one `.html` file).
    public let pages: Int
    /// Every file in the output folder.
    public let files: Int
    /// Warnings: problems that did not stop the build.
    public let warnings: [String]
    /// Wall-clock seconds.
    public let seconds: Double
}
