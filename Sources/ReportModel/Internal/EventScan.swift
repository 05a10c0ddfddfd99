import CYaml

/// One pass over libyaml's event stream, before anything is composed: linear in the text,
/// nothing expanded or built.
///
/// It finds YAML anchors (`&name`) and aliases (`*name`): Yams composes an alias by copying the
/// anchored node and hashes mapping keys to find duplicates, so a few hundred bytes of nested
/// aliases (an "alias bomb") expand into billions of nodes. Data/ files never need them, so they
/// are refused, each at its place.
///
/// It also finds where each item of a top-level block list starts, so a long list can be
/// composed one item at a time (`DataDecoder.composeItems`).
struct EventScan {
    /// A refused anchor or alias: its 1-based place and what it is.
    struct Finding: Equatable {
        let line: Int
        let column: Int
        let message: String
    }

    /// At most this many findings are listed for one file.
    static let limit = 20

    /// Anchors and aliases (up to `limit`), up to the first syntax error, which composing reports.
    private(set) var findings: [Finding] = []
    /// The 0-based line of each item when the text is one top-level block list whose items each
    /// start on their own line; nil otherwise, or after a syntax error.
    private(set) var itemLines: [Int]?

    init(_ text: String, items: Bool) {
        var utf8 = Array(text.utf8)
        guard items || utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "*") }) else { return }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        utf8.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            scan(&parser, items: items)
        }
    }

    private mutating func scan(_ parser: inout yaml_parser_t, items: Bool) {
        var event = yaml_event_t()
        var depth = 0, documents = 0
        var lines: [Int]? = items ? [] : nil
        while yaml_parser_parse(&parser, &event) == 1 {
            defer { yaml_event_delete(&event) }
            if let finding = Self.finding(in: event) { findings.append(finding) }
            switch event.type {
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isBlockList = event.type == YAML_SEQUENCE_START_EVENT
                    && event.data.sequence_start.style == YAML_BLOCK_SEQUENCE_STYLE
                if depth == 0, !isBlockList { lines = nil }
                if depth == 1 { lines?.append(Int(event.start_mark.line)) }
                depth += 1
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                depth -= 1
            case YAML_SCALAR_EVENT, YAML_ALIAS_EVENT:
                if depth == 0 { lines = nil }
                if depth == 1 { lines?.append(Int(event.start_mark.line)) }
            case YAML_STREAM_END_EVENT:
                itemLines = documents == 1 && findings.isEmpty ? lines : nil
                return
            default:
                break
            }
            if findings.count == Self.limit { return }
        }
    }

    private static func finding(in event: yaml_event_t) -> Finding? {
        let anchor: UnsafeMutablePointer<yaml_char_t>?
        switch event.type {
        case YAML_ALIAS_EVENT: anchor = event.data.alias.anchor
        case YAML_SCALAR_EVENT: anchor = event.data.scalar.anchor
        case YAML_SEQUENCE_START_EVENT: anchor = event.data.sequence_start.anchor
        case YAML_MAPPING_START_EVENT: anchor = event.data.mapping_start.anchor
        default: return nil
        }
        guard let anchor else { return nil }
        let name = String(cString: anchor)
        let message = event.type == YAML_ALIAS_EVENT
            ? "alias '*\(name)' is not allowed in Data/; write the value out in full"
            : "anchor '&\(name)' is not allowed in Data/; write the value out where it is used"
        return Finding(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1, message: message)
    }
}
