import CCmarkGFM
import Foundation

/// Converts GitHub-flavoured Markdown to HTML with cmark-gfm.
///
/// The only file in the package that touches the C library.
public enum Markdown {
    /// Converts `text` to an HTML fragment; headings get stable, unique ids.
    public static func html(from text: String, options: MarkdownOptions = .default) -> MarkdownDocument {
        Extensions.registerOnce
        let cOptions = options.cmarkOptions
        guard let parser = cmark_parser_new(cOptions) else { return MarkdownDocument(html: "", headings: []) }
        defer { cmark_parser_free(parser) }
        for name in Extensions.names {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        // cmark-gfm adds an extension's special characters to a process-wide table while it
        // parses inlines and removes them afterwards, so two parses at once can lose each
        // other's autolinks: parsing is serialised. `feed` is inside too: the table extension
        // parses each row's inlines as the row is fed, adding and removing the characters.
        // Rendering does not touch the table.
        let root: OpaquePointer? = Extensions.parseLock.withLock {
            text.withCString { cmark_parser_feed(parser, $0, strlen($0)) }
            return cmark_parser_finish(parser)
        }
        guard let root else { return MarkdownDocument(html: "", headings: []) }
        defer { cmark_node_free(root) }
        let headings = HeadingCollector.headings(in: root, source: text)
        guard let rendered = cmark_render_html(root, cOptions, cmark_parser_get_syntax_extensions(parser)) else {
            return MarkdownDocument(html: "", headings: headings)
        }
        defer { free(rendered) }
        let html = HeadingAnchors.insertIds(into: String(cString: rendered), headings: headings)
        return MarkdownDocument(html: html, headings: headings)
    }
}

private enum Extensions {
    static let names = ["table", "strikethrough", "autolink", "tasklist", "tagfilter"]

    /// cmark-gfm's own guard is not thread-safe; a Swift global is initialised exactly once.
    static let registerOnce: Void = cmark_gfm_core_extensions_ensure_registered()

    /// Serialises parsing; see `Markdown.html`.
    static let parseLock = NSLock()
}

private extension MarkdownOptions {
    var cmarkOptions: Int32 {
        var bits = CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_GITHUB_PRE_LANG | CMARK_OPT_NORMALIZE
        if contains(.unsafeHTML) { bits |= CMARK_OPT_UNSAFE }
        if contains(.smartPunctuation) { bits |= CMARK_OPT_SMART }
        return bits
    }
}

private enum HeadingCollector {
    static func headings(in root: OpaquePointer, source: String) -> [MarkdownDocument.Heading] {
        guard let iterator = cmark_iter_new(root) else { return [] }
        let lines = source.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        defer { cmark_iter_free(iterator) }
        var slugs = SlugSet()
        var headings: [MarkdownDocument.Heading] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                  cmark_node_get_type(node) == CMARK_NODE_HEADING else { continue }
            let explicitID = takeExplicitID(from: node, lines: lines)
            let text = plainText(of: node)
            let level = Int(cmark_node_get_heading_level(node))
            headings.append(.init(level: level, text: text, id: slugs.unique(explicitID ?? Slug.make(text))))
        }
        return headings
    }

    /// `## Title {#my-id}`: removes the attribute from the heading and returns the id. An escaped
    /// `\\{#my-id}` (as text from data is written) is text, not an id.
    static func takeExplicitID(from heading: OpaquePointer, lines: [Substring.UTF8View]) -> String? {
        guard let last = cmark_node_last_child(heading), cmark_node_get_type(last) == CMARK_NODE_TEXT,
              let literal = cmark_node_get_literal(last) else { return nil }
        let text = String(cString: literal)
        guard text.hasSuffix("}"), let open = text.range(of: "{#", options: .backwards) else { return nil }
        let id = text[open.upperBound..<text.index(before: text.endIndex)]
        guard !id.isEmpty, id.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" }),
              id.unicodeScalars.allSatisfy(\.isASCII),
              isWrittenUnescaped("{#\(id)}", in: heading, lines: lines) else { return nil }
        var rest = String(text[..<open.lowerBound])
        while rest.last == " " { rest.removeLast() }
        cmark_node_set_literal(last, rest)
        return String(id)
    }

    /// Whether one of the heading's source lines ends with `attribute` (before any closing `#`s)
    /// without a backslash escaping its `{`.
    static func isWrittenUnescaped(
        _ attribute: String, in heading: OpaquePointer, lines: [Substring.UTF8View]
    ) -> Bool {
        let first = Int(cmark_node_get_start_line(heading)), last = Int(cmark_node_get_end_line(heading))
        guard first >= 1, last <= lines.count, first <= last else { return false }
        let suffix = Array(attribute.utf8)
        let ignored: Set<UInt8> = [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "#")]
        for line in lines[(first - 1)..<last] {
            var bytes = Array(line)
            while let byte = bytes.last, ignored.contains(byte), !bytes.ends(with: suffix) { bytes.removeLast() }
            guard bytes.ends(with: suffix) else { continue }
            let backslashes = bytes.dropLast(suffix.count).reversed().prefix { $0 == UInt8(ascii: "\\") }.count
            return backslashes % 2 == 0
        }
        return false
    }

    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        var child = cmark_node_first_child(node)
        while let current = child {
            if let literal = cmark_node_get_literal(current) {
                text += String(cString: literal)
            } else {
                text += plainText(of: current)
            }
            child = cmark_node_next(current)
        }
        return text
    }
}

private extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
