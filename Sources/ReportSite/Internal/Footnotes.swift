import ReportModel
import ReportTemplates

/// Appends a GFM footnote definition for every source a page cites, in order of first citation.
enum Footnotes {
    /// The source ids cited as `[^id]` in `markdown`, in order of first appearance.
    static func citedSources(in markdown: String, project: Project) -> [String] {
        var ids: [String] = []
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
            if !isDefinition, project.source(id) != nil, seen.insert(id).inserted { ids.append(id) }
            index = end + 1
        }
        return ids
    }

    /// `markdown` with the definitions of its citations appended.
    static func appendingDefinitions(to markdown: String, project: Project, root: String) -> (String, [String]) {
        let ids = citedSources(in: markdown, project: project)
        guard !ids.isEmpty else { return (markdown, []) }
        var text = markdown
        if !text.hasSuffix("\n") { text += "\n" }
        text += "\n"
        for id in ids {
            guard let source = project.source(id) else { continue }
            text += "[^\(id)]: " + definition(source, root: root) + "\n"
        }
        return (text, ids)
    }

    /// `Publisher, *Title*, 15 April 2025. <url> ([all citations](../sources.html#src-id))`.
    static func definition(_ source: Source, root: String) -> String {
        let escape = TemplateLibrary.escapeMarkdown
        var text = escape(source.publisher) + ", *" + escape(source.title) + "*, " + (source.date?.text ?? "undated") + "."
        if let url = source.url { text += " <\(url)>" }
        text += " ([all citations](\(root)sources.html#src-\(source.id)))"
        return text
    }
}
