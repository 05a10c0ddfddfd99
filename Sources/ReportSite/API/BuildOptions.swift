import Foundation
import ReportHistory
import ReportModel

/// Where a build reads from and writes to.
public struct BuildOptions: Sendable {
    /// The project folder holding Data/ and Templates/.
    public var root: URL
    /// The folder the site is written to; `site/` under the root unless set.
    public var output: URL

    /// Whether to look for quantities typed into briefings (`report check` does; builds do not).
    public var lint = false

    /// Called as pages are rendered: (pages done, pages in all).
    public var progress: (@Sendable (Int, Int) -> Void)?

    /// Records kept between builds by a long-lived process (`report serve`): an unchanged
    /// record in Data/ is not parsed or decoded again. nil (one build) keeps nothing.
    var recordCache: RecordCache?
    /// Records' views kept between builds by the same process, used again while valid.
    var carriedViews: CarriedViews?
    /// The last build's outputs, kept by the same process.
    var carriedOutputs: CarriedOutputs?

    /// Keeps decoded records and their views between the builds made with these options (for
    /// a process that builds again and again, such as `report serve`).
    public mutating func keepRecordsBetweenBuilds() {
        if recordCache == nil { recordCache = RecordCache() }
        if carriedViews == nil { carriedViews = CarriedViews() }
        if carriedOutputs == nil { carriedOutputs = CarriedOutputs() }
    }

    /// Options for the project at `root`, writing to `root/site` unless `output` is given.
    public init(root: URL, output: URL? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.root = root.standardizedFileURL
        self.output = (output ?? root.appendingPathComponent("site")).standardizedFileURL
        self.progress = progress
    }

    var data: URL { root.appendingPathComponent("Data") }

    /// Reads the data's history from git, caching each version in the build's state folder.
    func historyReader(writesCache: Bool) -> HistoryReader {
        let cache = StateFolder(output: output).url.appendingPathComponent("history")
        return HistoryReader(root: root, cache: cache, writesCache: writesCache)
    }
    var templates: URL { root.appendingPathComponent("Templates") }

    /// Problems with where the build would write: an output inside the inputs, or one that
    /// holds the project, would be read back in or replaced whole.
    func outputProblems() -> [Diagnostic] {
        let output = self.output.path, root = self.root.path
        func isInside(_ path: String, _ folder: String) -> Bool { path == folder || path.hasPrefix(folder + "/") }
        if isInside(root, output) {
            return [.error("the output folder \(output) holds the project; choose a folder inside or beside it")]
        }
        for folder in [data.path, templates.path] where isInside(output, folder) {
            return [.error("the output folder \(output) is inside \(folder); choose one outside Data/ and Templates/")]
        }
        return []
    }
}
