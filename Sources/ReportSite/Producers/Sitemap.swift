import Foundation
import ReportTemplates

/// `sitemap.xml`, listing every page under the site's `base_url`; made only when site.yaml
/// sets one (search engines need absolute URLs).
struct Sitemap: Producer {
    let phase = ProducerPhase.aggregate

    func plan(_ site: SiteContext, pages: [PageSummary]) -> [PlannedOutput] {
        guard let base = site.project.settings.baseURL else { return [] }
        let prefix = base.hasSuffix("/") ? base : base + "/"
        let paths = (pages.map(\.path) + ["sources"]).sorted()
        return [PlannedOutput(id: "sitemap") { recorder in
            recorder.record(.pages)
            var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            for path in paths {
                xml += "<url><loc>" + TemplateLibrary.escapeHTML(prefix + Self.urlPath(path) + ".html") + "</loc></url>\n"
            }
            xml += "</urlset>\n"
            return Product(files: ["sitemap.xml": Data(xml.utf8)])
        }]
    }

    func note(_ site: SiteContext) -> String? {
        site.project.settings.baseURL == nil ? "sitemap.xml skipped: site.yaml sets no base_url" : nil
    }

    /// The path with each segment percent-encoded where a URL needs it.
    static func urlPath(_ path: String) -> String {
        path.split(separator: "/").map {
            String($0).addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? String($0)
        }.joined(separator: "/")
    }
}
