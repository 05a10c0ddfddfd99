import Foundation

/// One kind of output of the site: briefing pages, chip pages, charts, the sitemap...
/// A producer lists the outputs it will make from the model; the engine decides which are
/// stale, makes those on every core, and writes them. Adding a kind of output is one new
/// producer and one line in `Producers.all`.
protocol Producer: Sendable {
    /// When it runs: with the model alone, or after every page exists.
    var phase: ProducerPhase { get }

    /// The outputs it will make. Cheap: nothing is rendered here. `pages` holds every page
    /// of the first phase for aggregate producers, and is empty for the others.
    func plan(_ site: SiteContext, pages: [PageSummary]) -> [PlannedOutput]

    /// Something the build should tell its user once, e.g. why an output was skipped.
    func note(_ site: SiteContext) -> String?
}

extension Producer {
    func note(_ site: SiteContext) -> String? { nil }
}

/// When a producer runs.
enum ProducerPhase: Sendable, Comparable {
    /// From the model alone: pages, charts, assets.
    case records
    /// After every page of the first phase exists, made or kept: the sources page, the
    /// sitemap, feeds, the search index. They read `SiteContext.pages`.
    case aggregate
}

/// One output a producer will make.
struct PlannedOutput: Sendable {
    /// Unique across the site, stable across builds (`page:chips/h20`, `chart:x`, `sitemap`).
    let id: String
    /// Makes the output; every input it reads is recorded in `recorder`.
    let make: @Sendable (_ recorder: DependencyRecorder) throws -> Product
}

/// What making an output produced.
struct Product: Sendable {
    /// Bytes by path under the site folder.
    var files: [String: Data]
    /// For a page: its path, title and the sources it cites (aggregate outputs list them).
    var page: PageSummary?
}

/// What aggregate outputs know of a page.
struct PageSummary: Sendable, Hashable {
    let path: String
    let title: String
    let kind: Page.Kind
    let cited: [String]
    /// The page's words as a reader sees them, for the search index (empty for pages not indexed).
    var text: String = ""
}
