import CYaml

/// Finds YAML anchors (`&name`) and aliases (`*name`) before the text is composed.
///
/// Yams composes an alias by copying the anchored node and hashes mapping keys to find
/// duplicates, so a few hundred bytes of nested aliases (an "alias bomb") expand into billions of
/// nodes. Data/ files never need them (each record is written out), so they are refused, each at
/// its place. This pass reads only libyaml's event stream: linear in the text, nothing expanded.
enum AliasCheck {
    /// A refused anchor or alias: its 1-based place and what it is.
    struct Finding: Equatable {
        let line: Int
        let column: Int
        let message: String
    }

    /// At most this many are listed for one file.
    static let limit = 20

    /// Every anchor and alias in `text` (up to `limit`), up to the first syntax error, which
    /// composing reports.
    static func findings(in text: String) -> [Finding] {
        var utf8 = Array(text.utf8)
        guard utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "*") }) else { return [] }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return [] }
        defer { yaml_parser_delete(&parser) }
        return utf8.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var findings: [Finding] = []
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                if let finding = finding(in: event) { findings.append(finding) }
                if event.type == YAML_STREAM_END_EVENT || findings.count == limit { break }
            }
            return findings
        }
    }

    private static func finding(in event: yaml_event_t) -> Finding? {
        let anchor: UnsafeMutablePointer<yaml_char_t>?
        let isAlias = event.type == YAML_ALIAS_EVENT
        switch event.type {
        case YAML_ALIAS_EVENT: anchor = event.data.alias.anchor
        case YAML_SCALAR_EVENT: anchor = event.data.scalar.anchor
        case YAML_SEQUENCE_START_EVENT: anchor = event.data.sequence_start.anchor
        case YAML_MAPPING_START_EVENT: anchor = event.data.mapping_start.anchor
        default: return nil
        }
        guard let anchor else { return nil }
        let name = String(cString: anchor)
        let message = isAlias
            ? "alias '*\(name)' is not allowed in Data/; write the value out in full"
            : "anchor '&\(name)' is not allowed in Data/; write the value out where it is used"
        return Finding(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1, message: message)
    }
}
