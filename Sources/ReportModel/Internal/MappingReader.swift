import Yams

/// Reads keys of one YAML mapping; missing, mistyped and unknown keys become diagnostics.
struct MappingReader {
    let node: Node
    let mapping: Node.Mapping
    let decoder: DataDecoder
    /// Each text key's first value: a record's decoding asks for a dozen keys, and walking the
    /// mapping's pairs for each copied every node it passed.
    private let values: [String: Node]

    init(node: Node, mapping: Node.Mapping, decoder: DataDecoder) {
        self.node = node
        self.mapping = mapping
        self.decoder = decoder
        var values: [String: Node] = [:]
        values.reserveCapacity(mapping.count)
        for (key, value) in mapping {
            if let text = key.scalar?.string, values[text] == nil { values[text] = value }
        }
        self.values = values
    }

    var location: SourceLocation { decoder.location(of: node) }

    /// The keys in file order, with their nodes.
    var entries: [(key: String, keyNode: Node, value: Node)] {
        mapping.map { (key: $0.key.string ?? "", keyNode: $0.key, value: $0.value) }
    }

    /// The value under `key`, compared as text (comparing nodes would resolve their tags).
    func optional(_ key: String) -> Node? {
        values[key]
    }

    func required(_ key: String, in what: String) -> Node? {
        guard let value = optional(key) else {
            decoder.error("\(what) is missing required key '\(key)'", at: node)
            return nil
        }
        return value
    }

    /// A non-empty string scalar.
    func string(_ key: String, in what: String) -> String? {
        required(key, in: what).flatMap { string($0, key: key) }
    }

    func optionalString(_ key: String) -> String? {
        optional(key).flatMap { string($0, key: key) }
    }

    func string(_ value: Node, key: String) -> String? {
        guard case .scalar(let scalar) = value else {
            decoder.error("'\(key)' must be text", at: value)
            return nil
        }
        let text = scalar.string.trimmingWhitespace
        guard !text.isEmpty else {
            decoder.error("'\(key)' must not be empty", at: value)
            return nil
        }
        return text
    }

    /// An id: required, `[a-z0-9-]+`.
    func id(in what: String) -> String? {
        guard let value = required("id", in: what), let text = string(value, key: "id") else { return nil }
        guard Identifier.isValid(text) else {
            decoder.error("id '\(text)' must be lower-case letters, digits and hyphens ([a-z0-9-]+)", at: value)
            return nil
        }
        return text
    }

    func date(_ key: String, in what: String, required isRequired: Bool) -> PartialDate? {
        guard let value = isRequired ? required(key, in: what) : optional(key) else { return nil }
        return decoder.date(value, key: key)
    }

    func boolean(_ key: String) -> Bool {
        guard let value = optional(key) else { return false }
        switch value.scalar?.string.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            decoder.error("'\(key)' must be true or false", at: value)
            return false
        }
    }

    func stringList(_ key: String) -> [(String, Node)] {
        guard let value = optional(key) else { return [] }
        guard case .sequence(let sequence) = value else {
            decoder.error("'\(key)' must be a list", at: value)
            return []
        }
        return sequence.compactMap { item in string(item, key: key).map { ($0, item) } }
    }

    /// Reports keys that are not in `allowed`, suggesting the nearest one.
    func rejectUnknownKeys(_ allowed: [String], in what: String) {
        for entry in entries where !allowed.contains(entry.key) {
            decoder.error("unknown key '\(entry.key)' in \(what)\(Suggestion.didYouMean(entry.key, in: allowed))", at: entry.keyNode)
        }
    }
}

extension DataDecoder {
    func date(_ value: Node, key: String) -> PartialDate? {
        guard case .scalar(let scalar) = value else {
            error("'\(key)' must be a date such as 2025, 2025-Q3, 2025-07 or 2025-07-15", at: value)
            return nil
        }
        guard let date = PartialDate(parsing: scalar.string.trimmingWhitespace) else {
            error("'\(scalar.string)' is not a valid date (use 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-07-15)", at: value)
            return nil
        }
        return date
    }
}

extension String {
    var trimmingWhitespace: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
