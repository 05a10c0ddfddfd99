/// Puts every table in a scrolling wrapper; a table with many columns gets the page's width.
enum TableWrappers {
    /// Tables with at least this many columns may leave the text column.
    static let wideColumns = 6

    static func apply(to html: String) -> String {
        var out = ""
        var rest = html[...]
        while let start = rest.byteRange(of: "<table>") {
            out += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].byteRange(of: "</table>") else { break }
            let table = rest[start.lowerBound..<end.upperBound]
            let firstRow = table.byteRange(of: "</tr>").map { table[..<$0.lowerBound] } ?? table
            let columns = firstRow.components(separatedBy: "<th>").count + firstRow.components(separatedBy: "<th ").count - 2
            let wide = columns >= wideColumns ? " wide" : ""
            out += "<div class=\"table-wrap\(wide)\" tabindex=\"0\">" + table + "</div>"
            rest = rest[end.upperBound...]
        }
        out += rest
        return out
    }
}
