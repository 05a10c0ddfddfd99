import Yams

/// Reads one Data/ file's node tree into records, collecting every problem on the way.
final class DataDecoder {
    /// The file's path as shown to the user.
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Ids known so far; `citedSources` grows as figures are read.
    private(set) var references: References

    init(file: String, references: References = References()) {
        self.file = file
        self.references = references
    }

    /// Checks a source id where it is written and remembers that it is cited.
    func checkSource(_ id: String, at location: SourceLocation) {
        references.citedSources.insert(id)
        guard !references.sources.contains(id), !references.unreadable.contains("sources") else { return }
        error("unknown source '\(id)'\(Suggestion.didYouMean(id, in: references.sources))", at: location)
    }

    /// Checks a chip or vendor id where it is written.
    func checkSubject(_ id: String, at node: Node, kind: String = "chip or vendor") {
        let isKnown = kind == "vendor" ? references.vendors.contains(id) : references.vendors.contains(id) || references.chips.contains(id)
        let files = kind == "vendor" ? ["vendors"] : ["vendors", "chips"]
        guard !isKnown, references.unreadable.isDisjoint(with: files) else { return }
        let known = kind == "vendor" ? references.vendors : references.vendors.union(references.chips)
        error("unknown \(kind) '\(id)'\(Suggestion.didYouMean(id, in: known))", at: node)
    }

    /// Takes over what decoding one item (here, elsewhere or earlier) reported.
    func replay(diagnostics replayed: [Diagnostic], citations: Set<String>) {
        diagnostics += replayed
        references.citedSources.formUnion(citations)
    }

    /// Lines before the text being composed (when a list is composed item by item).
    private(set) var lineOffset = 0

    func location(of node: Node) -> SourceLocation {
        SourceLocation(file: file, line: (node.mark?.line ?? 1) + lineOffset, column: node.mark?.column ?? 1)
    }

    func error(_ message: String, at node: Node) {
        diagnostics.append(.error(message, at: location(of: node)))
    }

    func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(.error(message, at: location))
    }

    /// Parses YAML text into its node tree; a syntax error becomes a located diagnostic.
    func compose(_ text: String) -> Node? {
        lineOffset = 0
        return composeNode(text, scan: EventScan(text, items: false))
    }

    /// Composes a top-level block list one item at a time, handing each item to `body`, so
    /// that only one item's node tree exists at once (a whole file's tree costs about ten
    /// times the file). Returns false, having done nothing, when the text is not such a list
    /// (or holds anchors, or does not parse): then it is to be composed whole.
    func composeItems(_ text: String, _ body: (Node) -> Void) -> Bool {
        guard let chunks = Self.itemChunks(text) else { return false }
        for chunk in chunks { composeChunk(chunk).forEach(body) }
        lineOffset = 0
        return true
    }

    /// One item of a top-level block list: its lines, and the first one's number (0-based).
    struct ItemChunk: Sendable {
        let text: String
        let line: Int
    }

    /// The items of `text` when it is a top-level block list that can be composed item by
    /// item; nil otherwise (not such a list, anchors, or it does not parse).
    static func itemChunks(_ text: String) -> [ItemChunk]? {
        let scan = EventScan(text, items: true)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let starts = scan.itemLines, !starts.isEmpty,
              starts.allSatisfy({ $0 < lines.count && lines[$0].hasPrefix("-") }) else { return nil }
        return starts.enumerated().map { index, start in
            let end = index + 1 < starts.count ? starts[index + 1] : lines.count
            return ItemChunk(text: lines[start..<end].joined(separator: "\n"), line: start)
        }
    }

    /// The nodes of one item (its list's elements). Places are counted from the file's top
    /// until the next item is composed, so decode the nodes before that.
    func composeChunk(_ chunk: ItemChunk) -> [Node] {
        lineOffset = chunk.line
        guard case .sequence(let sequence)? = composeNode(chunk.text, scan: EventScan(chunk.text, items: false)) else { return [] }
        return Array(sequence)
    }

    private func composeNode(_ text: String, scan: EventScan) -> Node? {
        guard scan.findings.isEmpty else {
            for finding in scan.findings {
                let line = finding.line + lineOffset
                error(finding.message, at: SourceLocation(file: file, line: line, column: finding.column))
            }
            if scan.findings.count == EventScan.limit {
                let start = SourceLocation(file: file, line: 1, column: 1)
                error("no more anchors and aliases are listed for this file", at: start)
            }
            return nil
        }
        do {
            // Scalars are read as text and parsed here (dates, numbers, flags), so Yams' implicit
            // typing, which runs regular expressions on every scalar, is not needed.
            return try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            let location = Self.location(of: error, file: file)
            diagnostics.append(.error(Self.message(of: error), at: SourceLocation(
                file: file, line: location.line + lineOffset, column: location.column)))
        } catch {
            diagnostics.append(.error("cannot read YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1)))
        }
        return nil
    }

    /// The items of a top-level list, or an error when the file holds something else.
    func items(of root: Node?, what: String) -> [Node] {
        guard let root else { return [] }
        guard case .sequence(let sequence) = root else {
            error("expected a list of \(what)", at: root)
            return []
        }
        return Array(sequence)
    }

    /// A mapping reader, or an error when the node is not a mapping.
    func mapping(_ node: Node, what: String) -> MappingReader? {
        guard case .mapping(let mapping) = node else {
            error("expected \(what) as a mapping of keys to values", at: node)
            return nil
        }
        return MappingReader(node: node, mapping: mapping, decoder: self)
    }

    private static func message(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            "invalid YAML: \(problem)"
        case .duplicatedKeysInMapping(let duplicates, _):
            "duplicate key '\(duplicates.joined(separator: "', '"))'"
        default:
            "invalid YAML: \(error)"
        }
    }

    private static func location(of error: YamlError, file: String) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            SourceLocation(file: file, line: mark.line, column: mark.column)
        case .duplicatedKeysInMapping(_, let context):
            SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
        default:
            SourceLocation(file: file, line: 1, column: 1)
        }
    }
}
