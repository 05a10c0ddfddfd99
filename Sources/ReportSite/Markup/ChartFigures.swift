import Foundation

/// Replaces each chart's image and caption paragraph in a page's HTML with a `<figure>` holding
/// the SVG itself (so the page's colour scheme and fonts reach it) and a `<figcaption>`.
/// The Markdown pages keep the image; only the HTML inlines it.
enum ChartFigures {
    /// `html` with the first image of each chart in `svgs` (by chart id) inlined; the image's
    /// `src` ends with `charts/ID.svg`.
    static func apply(to html: String, svgs: [String: String], downloads: (String) -> String) -> String {
        var html = html
        for (id, svg) in svgs.sorted(by: { $0.key < $1.key }) {
            let marker = "charts/\(id).svg\" alt=\""
            guard let found = html.byteRange(of: marker),
                  let start = html[..<found.lowerBound].range(of: "<p><img src=\"", options: .backwards),
                  let imageEnd = html[found.upperBound...].byteRange(of: " /></p>\n") else { continue }
            var end = imageEnd.upperBound
            var caption = ""
            if html[end...].hasPrefix("<p>"), let close = html[end...].byteRange(of: "</p>\n") {
                caption = String(html[html.index(end, offsetBy: 3)..<close.lowerBound])
                end = close.upperBound
            }
            let figure = "<figure class=\"chart\" id=\"fig-\(id)\">\n" + inlined(svg) + "\n<figcaption>" + caption
                + downloads(id) + "</figcaption>\n</figure>\n"
            html.replaceSubrange(start.lowerBound..<end, with: figure)
        }
        return html
    }

    /// The SVG without its XML declaration, ready to sit in HTML.
    static func inlined(_ svg: String) -> String {
        var text = Substring(svg)
        if text.hasPrefix("<?xml"), let end = text.byteRange(of: "?>") { text = text[end.upperBound...] }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
