import Foundation

/// How every page producer turns a page into an output: render it, write `.md` and `.html`.
enum PageOutput {
    static func planned(_ page: Page, in site: SiteContext) -> PlannedOutput {
        let renderer = site.renderer
        return PlannedOutput(id: page.outputID) { recorder in
            let result = try renderer.render(page, recorder: recorder)
            return Product(
                files: [page.path + ".md": Data(result.markdown.utf8), page.path + ".html": Data(result.html.utf8)],
                page: PageSummary(path: page.path, title: page.title, kind: page.kind, cited: result.cited, text: result.text)
            )
        }
    }
}
