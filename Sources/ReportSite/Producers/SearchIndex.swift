import Foundation

/// `search-index.js`: every page's title and words, set as a global so the search page works
/// from file:// and any sub-path (no fetch). Strings are JSON with `<`, `>`, `&` and line
/// separators escaped, so no text from Data/ can end the script or run as markup.
struct SearchIndex: Producer {
    let phase = ProducerPhase.aggregate

    func plan(_ site: SiteContext, pages: [PageSummary]) -> [PlannedOutput] {
        let indexed = pages.filter { !$0.text.isEmpty }.sorted { $0.path < $1.path }
        return [PlannedOutput(id: "search-index") { recorder in
            recorder.record(.pages)
            recorder.record(.pageTexts)
            var script = "window.REPORT_SEARCH = [\n"
            script += indexed.map {
                "{\"p\":" + Self.literal($0.path + ".html") + ",\"t\":" + Self.literal($0.title)
                    + ",\"x\":" + Self.literal($0.text) + "}"
            }.joined(separator: ",\n")
            script += "\n];\n"
            return Product(files: ["search-index.js": Data(script.utf8)])
        }]
    }

    /// A JavaScript string literal that is inert inside a script file or a `<script>` element.
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
