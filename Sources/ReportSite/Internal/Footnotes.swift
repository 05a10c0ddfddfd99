import ReportModel
import ReportTemplates

/// Appends a GFM footnote definition for every source a page cites, in order of first citation.
struct Footnotes {
    let project: Project
    let strings: Strings

    /// The ids cited as `[^id]` in `markdown`, in order of first appearance: those that are
    /// sources, and those that are not.
    func citations(in markdown: String) -> (sources: [String], unknown: [String]) {
        var sources: [String] = []
        var unknown: [String] = []
        var seen = Set<String>()
        let bytes = Array(markdown.utf8)
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "["), bytes[index + 1] == UInt8(ascii: "^") else {
                index += 1
                continue
            }
            let start = index + 2
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "]"), bytes[end] != UInt8(ascii: "\n") { end += 1 }
            guard end < bytes.count, bytes[end] == UInt8(ascii: "]") else { break }
            let isDefinition = end + 1 < bytes.count && bytes[end + 1] == UInt8(ascii: ":")
            let id = String(decoding: bytes[start..<end], as: UTF8.self)
            let escaped = index > 0 && bytes[index - 1] == UInt8(ascii: "\\")
            if !isDefinition, !escaped, seen.insert(id).inserted {
                if project.source(id) != nil { sources.append(id) } else { unknown.append(id) }
            }
            index = end + 1
        }
        return (sources, unknown)
    }

    /// `markdown` with the definitions of its citations appended, the sources cited, and the
    /// cited ids that are no source.
    func appendingDefinitions(to markdown: String, root: String) -> (String, [String], [String]) {
        let (ids, unknown) = citations(in: markdown)
        guard !ids.isEmpty else { return (markdown, [], unknown) }
        var text = markdown
        if !text.hasSuffix("\n") { text += "\n" }
        text += "\n"
        for id in ids {
            guard let source = project.source(id) else { continue }
            text += "[^\(id)]: " + definition(source, root: root) + "\n"
        }
        return (text, ids, unknown)
    }

    /// `Publisher, *Title*, 15 April 2025. <url> ([all citations](../sources.html#src-id))`.
    func definition(_ source: Source, root: String) -> String {
        let escape = TemplateLibrary.escapeMarkdown
        let date = source.date.map(strings.date) ?? strings[.undated]
        var text = escape(source.publisher) + ", *" + escape(source.title) + "*, " + escape(date) + "."
        if let url = source.url { text += " <\(url)>" }
        text += " ([\(escape(strings[.allCitations]))](\(root)sources.html#src-\(source.id)))"
        return text
    }
}
