/// Marks links whose text is their own address (`<a href="X">X</a>`, as cmark writes autolinks)
/// with `class="url"`, so the print stylesheet does not print the address twice.
enum BareLinks {
    static func apply(to html: String) -> String {
        var out = ""
        var rest = html[...]
        while let start = rest.byteRange(of: "<a href=\"") {
            out += rest[..<start.lowerBound]
            let afterHref = rest[start.upperBound...]
            guard let quote = afterHref.firstIndex(of: "\""), afterHref[quote...].hasPrefix("\">") else {
                out += rest[start]
                rest = afterHref
                continue
            }
            let href = afterHref[..<quote]
            let text = afterHref[afterHref.index(quote, offsetBy: 2)...]
            if text.hasPrefix(href + "</a>") {
                out += "<a class=\"url\" href=\"" + href + "\">"
            } else {
                out += "<a href=\"" + href + "\">"
            }
            rest = afterHref[afterHref.index(quote, offsetBy: 2)...]
        }
        out += rest
        return out
    }
}
