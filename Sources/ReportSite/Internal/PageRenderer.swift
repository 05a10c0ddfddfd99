import ReportMarkdown
import ReportModel
import ReportTemplates

/// Renders one page: its Markdown template, the footnotes of what it cites, cmark-gfm, the
/// layout. Every lookup is recorded as the page's dependency.
struct PageRenderer: Sendable {
    let model: ViewModel
    let templates: TemplateLibrary
    let strings: Strings
    let navigation: [Page]
    /// The `chart` values for pages at each depth (`""`, `"../"`): chart Markdown links are relative.
    let chartViews: [String: [String: ViewValue]]
    let chartIDs: [String]
    /// Each chart's SVG by id, inlined into HTML pages.
    var chartSVGs: [String: String] = [:]

    /// What rendering a page produced.
    struct Result {
        let markdown: String
        let html: String
        /// Source ids cited, in order of first citation.
        let cited: [String]
        /// The page's words for the search index.
        let text: String
    }

    /// Renders the page's Markdown and HTML; what it reads goes to `recorder`.
    /// - Throws: `DiagnosticError` for template problems and unknown citations.
    func render(_ page: Page, recorder: DependencyRecorder) throws -> Result {
        recorder.record(page.reads)
        let item = self.item(page, recorder: recorder)
        let chart = ChartIndexView(charts: chartViews[page.root] ?? [:], recorder: recorder)
        let body = try templates.render(page.template, with: root(page, recorder, [
            "page": page.view, "item": item, "chart": .lookup(chart),
        ]), mode: .strict)
        recorder.record(body.templates.map { DependencyKey.template($0) })
        let footnotes = Footnotes(project: model.project, strings: strings)
        let (markdown, cited, unknown) = footnotes.appendingDefinitions(to: body.output, root: page.root)
        if !unknown.isEmpty { throw DiagnosticError(unknown.map { unknownCitation($0, page: page) }) }
        recorder.record(cited.map { DependencyKey.record(RecordKey(.source, $0)) })
        let document = Markdown.html(from: markdown, options: page.rawHTML ? [.smartPunctuation, .unsafeHTML] : .default)
        let used = chartIDs.filter { recorder.recorded.contains(.chart($0)) }
        var content = polish(
            ChartMarkdown.collapsingTables(in: document.html, chartIDs: used, summary: strings[.chartData]),
            charts: used, root: page.root
        )
        let toc: [ViewValue] = document.headings.filter { $0.level == 2 }.map {
            ["id": .text($0.id), "text": .text($0.text)]
        }
        if page.kind == .briefing {
            content = TableOfContents.inserting(document.headings, into: content, title: strings[.tocHeading])
        }
        let nav: [ViewValue] = navigation.map {
            ["title": .text($0.title), "path": .text($0.path + ".html"), "current": .bool($0.path == page.path || ($0.kind == .timeline && page.kind == .timeline))]
        }
        let layout = try templates.render("layouts/page.html", with: root(page, recorder, [
            "page": page.view, "content": .raw(content), "toc": .list(toc), "nav": .list(nav),
        ]), mode: .strict)
        recorder.record(layout.templates.map { DependencyKey.template($0) })
        let text = page.kind == .search ? "" : PlainText.of(content)
        return Result(markdown: markdown, html: ChineseRuns.apply(to: layout.output), cited: cited, text: text)
    }

    /// The reader's touches on cmark's HTML: figures, footnotes, table wrappers.
    private func polish(_ html: String, charts: [String], root: String) -> String {
        let svgs = chartSVGs.filter { charts.contains($0.key) }
        let words = TemplateLibrary.escapeHTML(strings[.chartDownload])
        let html = ChartFigures.apply(to: html, svgs: svgs) { id in
            " <span class=\"downloads\">\(words) <a href=\"\(root)charts/\(id).csv\">CSV</a> · "
                + "<a href=\"\(root)charts/\(id).json\">JSON</a></span>"
        }
        return PagePolish.apply(to: html, strings: strings)
    }

    private func root(_ page: Page, _ recorder: DependencyRecorder, _ own: [String: ViewValue]) -> ViewValue {
        .lookup(RootView(model: model, recorder: recorder, own: own, strings: strings.view))
    }

    private func item(_ page: Page, recorder: DependencyRecorder) -> ViewValue {
        switch page.item {
        case .none:
            return .null
        case .record(let key):
            guard let built = model.view(key) else { return .null }
            recorder.record(built.reads)
            return built.value
        case .value(let value, let reads):
            recorder.record(reads)
            return value
        case .deferred(let build):
            let built = build()
            recorder.record(built.reads)
            return built.value
        }
    }

    /// A citation of an id that is no source, placed where the template writes it.
    private func unknownCitation(_ id: String, page: Page) -> Diagnostic {
        let file = templates.files[page.template]
        let location = file.flatMap { Self.location(of: "[^\(id)]", in: $0.text, file: $0.path) }
            ?? SourceLocation(file: file?.path ?? "Templates/\(page.template).mustache", line: 1, column: 1)
        let known = model.project.sources.map(\.id)
        return .error("unknown source '\(id)' in a footnote\(Suggestion.didYouMean(id, in: known))", at: location)
    }

    static func location(of needle: String, in text: String, file: String) -> SourceLocation? {
        guard let range = text.range(of: needle) else { return nil }
        let before = text[..<range.lowerBound]
        let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        return SourceLocation(file: file, line: line, column: text.unicodeScalars[lineStart..<range.lowerBound].count + 1)
    }
}
