import ReportModel

/// What a build did.
public struct BuildReport: Sendable {
    /// Pages in the site (each page is one `.md` and one `.html` file).
    public let pages: Int
    /// Outputs (pages, charts, assets, feeds) made by this build; the others were kept.
    public let rendered: Int
    /// Files written (created or changed) by this build.
    public let written: Int
    /// Files dropped because nothing produces them any more.
    public let deleted: Int
    /// Every file in the output folder.
    public let files: Int
    /// Problems that did not stop the build.
    public let warnings: [Diagnostic]
    /// Things to say once, e.g. an output skipped for want of a setting.
    public let notes: [String]
    /// Wall-clock seconds.
    public let seconds: Double
    /// What changed in the data's figures since the previous build, on one line
    /// (`2 figures changed: H20 FP16 dense: 148 TFLOPS → 150 TFLOPS; …`); nil when nothing
    /// did or there was no previous build to compare with.
    public internal(set) var figureChanges: String?
}
