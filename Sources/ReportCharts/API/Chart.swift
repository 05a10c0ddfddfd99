/// A rendered chart: standalone SVG text plus the data behind it as a table.
///
/// The same `svg` text serves as a standalone `.svg` file (for `<img>` and Markdown) and
/// inlined in an HTML page: its root is `<svg id="ID" class="report-chart rc-ID" …>`, every
/// other id starts with `ID-` (`ID-title`, `ID-desc`, named by `aria-labelledby`), and its
/// `<style>`, including the `prefers-color-scheme: dark` variant, only matches inside `.rc-ID`.
/// It is `width` units wide (440 by default) with `max-width:100%;height:auto`, drawn so its
/// smallest text is still 10 CSS px when shown 350 px wide; a page should let it shrink to its
/// column but not give it margins that leave less than that on a phone.
public struct Chart: Sendable, Equatable {
    /// The sanitised chart id (`[a-z0-9-]`): the root element's `id`, the prefix of every other
    /// id inside, and the `rc-ID` class its styles are scoped to.
    public let id: String
    /// The complete `<svg>` document, byte-stable for the same input.
    public let svg: String
    /// The chart's data as plain strings, for an accessible HTML table beside it.
    public let table: ChartTable
    /// A sentence or two describing what the chart shows; identical to the SVG's `<desc>`.
    public let summary: String

    /// Creates a chart from its parts.
    public init(id: String, svg: String, table: ChartTable, summary: String) {
        self.id = id
        self.svg = svg
        self.table = table
        self.summary = summary
    }
}
