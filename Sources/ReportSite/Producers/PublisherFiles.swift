import Foundation
import ReportTemplates

/// What a host and a crawler expect at the top of a site: `robots.txt` and a `404.html` that
/// works at any depth (its stylesheet is inlined; its links use `base_url` when site.yaml sets one,
/// and there are none otherwise, since a relative link would depend on the missing URL's folder).
struct PublisherFiles: Producer {
    let phase = ProducerPhase.records

    func plan(_ site: SiteContext, pages: [PageSummary]) -> [PlannedOutput] {
        let base = Self.base(site)
        let robots = PlannedOutput(id: "robots") { recorder in
            recorder.record(.settings)
            var text = "User-agent: *\nAllow: /\n"
            if let base { text += "Sitemap: \(base)sitemap.xml\n" }
            return Product(files: ["robots.txt": Data(text.utf8)])
        }
        let notFound = PlannedOutput(id: "404") { recorder in
            recorder.record(.settings)
            recorder.record(.strings)
            recorder.record(.asset("style.css"))
            return Product(files: ["404.html": Data(Self.notFound(site, base: base).utf8)])
        }
        return [robots, notFound]
    }

    /// site.yaml's `base_url` with a trailing slash, when it is an http(s) URL.
    static func base(_ site: SiteContext) -> String? {
        guard let url = site.project.settings.baseURL, url.hasPrefix("https://") || url.hasPrefix("http://") else {
            return nil
        }
        return url.hasSuffix("/") ? url : url + "/"
    }

    static func notFound(_ site: SiteContext, base: String?) -> String {
        let escape = TemplateLibrary.escapeHTML
        let strings = site.strings
        let settings = site.project.settings
        let css = site.assets["style.css"].map { String(decoding: $0, as: UTF8.self) } ?? ""
        var html = "<!DOCTYPE html>\n<html lang=\"\(escape(settings.language))\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<title>" + escape(strings[.notFoundTitle]) + " · " + escape(settings.title) + "</title>\n"
        html += "<meta name=\"robots\" content=\"noindex\">\n"
        html += "<style>\n" + css.replacingOccurrences(of: "</", with: "<\\/") + "</style>\n</head>\n<body>\n"
        html += "<header class=\"masthead\">"
        html += base.map { "<a class=\"brand\" href=\"\(escape($0))index.html\">" + escape(settings.title) + "</a>" }
            ?? "<span class=\"brand\">" + escape(settings.title) + "</span>"
        html += "</header>\n<main id=\"content\">\n<article>\n<h1>" + escape(strings[.notFoundTitle]) + "</h1>\n"
        html += "<p>" + escape(strings[.notFoundText]) + "</p>\n"
        if let base {
            html += "<p><a href=\"\(escape(base))index.html\">" + escape(strings[.notFoundHome]) + "</a> · "
            html += "<a href=\"\(escape(base))search.html\">" + escape(strings[.navSearch]) + "</a></p>\n"
        }
        html += "</article>\n</main>\n</body>\n</html>\n"
        return html
    }
}
