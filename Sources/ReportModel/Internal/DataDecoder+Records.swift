import Yams

extension DataDecoder {
    func settings(_ root: Node?) -> SiteSettings? {
        guard let root, let reader = mapping(root, what: "site settings") else { return nil }
        reader.rejectUnknownKeys(["title", "description", "language", "reference_chip", "base_url", "history", "page_size"],
                                  in: "site.yaml")
        guard let title = reader.string("title", in: "site.yaml"),
              let referenceChip = reader.string("reference_chip", in: "site.yaml") else { return nil }
        return SiteSettings(
            title: title, description: reader.optionalString("description") ?? "",
            language: reader.optionalString("language") ?? "en", referenceChip: referenceChip,
            baseURL: reader.optionalString("base_url"), history: historyLimit(reader), pageSize: pageSize(reader),
            location: location(of: reader.optional("reference_chip") ?? root)
        )
    }

    /// `history: 200`: how many commits that touched Data/ the site's history reads.
    private func historyLimit(_ reader: MappingReader) -> Int {
        guard let node = reader.optional("history") else { return SiteSettings.defaultHistory }
        guard let text = node.string, let limit = Int(text), limit >= 0 else {
            error("history must be a whole number of commits, 0 or more", at: node)
            return SiteSettings.defaultHistory
        }
        return limit
    }

    /// `page_size: 100`: how many rows a paginated list (the timeline) shows on each page.
    private func pageSize(_ reader: MappingReader) -> Int {
        guard let node = reader.optional("page_size") else { return SiteSettings.defaultPageSize }
        guard let text = node.string, let size = Int(text), (1...100_000).contains(size) else {
            error("page_size must be a whole number from 1 to 100000", at: node)
            return SiteSettings.defaultPageSize
        }
        return size
    }

    func source(_ node: Node) -> Source? {
        guard let reader = mapping(node, what: "a source") else { return nil }
        reader.rejectUnknownKeys(["id", "title", "publisher", "author", "date", "url", "language", "archive", "note"], in: "a source")
        let id = reader.id(in: "a source")
        let title = reader.string("title", in: "source '\(id ?? "?")'")
        let publisher = reader.string("publisher", in: "source '\(id ?? "?")'")
        let date = reader.optional("date").flatMap { $0.string == "unknown" ? nil : self.date($0, key: "date") }
        let url = reader.optionalString("url").flatMap { checkedURL($0, at: reader.optional("url")!) }
        guard let id, let title, let publisher else { return nil }
        return Source(
            id: id, title: title, publisher: publisher, author: reader.optionalString("author"), date: date,
            url: url, language: reader.optionalString("language") ?? "en", archive: reader.optionalString("archive"),
            note: reader.optionalString("note"), location: reader.location
        )
    }

    /// Only http(s) URLs: a `javascript:` or `data:` URL in data would become a live link.
    private func checkedURL(_ text: String, at node: Node) -> String? {
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"),
              !text.contains(where: { $0.isWhitespace || "<>\"'`\\".contains($0) }) else {
            error("url '\(text)' must be an http:// or https:// address", at: node)
            return nil
        }
        return text
    }

    func vendor(_ node: Node) -> Vendor? {
        guard let reader = mapping(node, what: "a vendor") else { return nil }
        reader.rejectUnknownKeys(["id", "name", "name_zh", "country", "summary", "facts"], in: "a vendor")
        let id = reader.id(in: "a vendor")
        let what = "vendor '\(id ?? "?")'"
        let name = reader.string("name", in: what)
        let facts = namedFields(reader.optional("facts"), rules: FieldRules(units: nil, requiresLabel: true), keyCheck: nil)
        guard let id, let name else { return nil }
        return Vendor(
            id: id, name: name, nameZh: reader.optionalString("name_zh"), country: reader.optionalString("country") ?? "",
            summary: reader.optionalString("summary") ?? "", facts: facts, location: reader.location
        )
    }

    func chip(_ node: Node) -> Chip? {
        guard let reader = mapping(node, what: "a chip") else { return nil }
        reader.rejectUnknownKeys(["id", "name", "name_zh", "vendor", "kind", "summary", "specs"], in: "a chip")
        let id = reader.id(in: "a chip")
        let what = "chip '\(id ?? "?")'"
        let name = reader.string("name", in: what)
        let vendor = reader.string("vendor", in: what)
        if let vendor, let node = reader.optional("vendor") { checkSubject(vendor, at: node, kind: "vendor") }
        let kind = reader.required("kind", in: what).flatMap { kindNode -> Chip.Kind? in
            let text = kindNode.string?.trimmingWhitespace ?? ""
            guard let kind = Chip.Kind(rawValue: text) else {
                let names = Chip.Kind.allCases.map(\.rawValue)
                error("unknown chip kind '\(text)'\(Suggestion.didYouMean(text, in: names)); use \(names.joined(separator: ", "))", at: kindNode)
                return nil
            }
            return kind
        }
        var specs: [SpecField: Field] = [:]
        for named in namedFields(reader.optional("specs"), rules: .any, keyCheck: specRules) {
            if let field = SpecField(rawValue: named.key) { specs[field] = named.field }
        }
        guard let id, let name, let vendor, let kind else { return nil }
        return Chip(
            id: id, name: name, nameZh: reader.optionalString("name_zh"), vendor: vendor, kind: kind,
            summary: reader.optionalString("summary") ?? "", specs: specs, location: reader.location
        )
    }

    private func specRules(_ key: String, _ keyNode: Node) -> FieldRules? {
        guard let field = SpecField(rawValue: key) else {
            let names = SpecField.allCases.map(\.rawValue)
            error("unknown spec field '\(key)'\(Suggestion.didYouMean(key, in: names))", at: keyNode)
            return nil
        }
        return FieldRules(units: field.units)
    }

    /// A mapping of keys to fields; `keyCheck` gives each key's rules or rejects it.
    func namedFields(_ node: Node?, rules: FieldRules, keyCheck: ((String, Node) -> FieldRules?)?) -> [NamedField] {
        guard let node, let reader = mapping(node, what: "fields") else { return [] }
        return reader.entries.compactMap { entry in
            guard Self.isFieldKey(entry.key) else {
                error("field name '\(entry.key)' must be lower-case letters, digits and underscores", at: entry.keyNode)
                return nil
            }
            guard let fieldRules = keyCheck.map({ $0(entry.key, entry.keyNode) }) ?? rules else { return nil }
            return field(entry.value, key: entry.key, rules: fieldRules).map { NamedField(key: entry.key, field: $0) }
        }
    }

    private static func isFieldKey(_ key: String) -> Bool {
        !key.isEmpty && key.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
    }

    func event(_ node: Node) -> Event? {
        guard let reader = mapping(node, what: "an event") else { return nil }
        reader.rejectUnknownKeys(
            ["id", "date", "end", "title", "category", "subjects", "summary", "source", "excerpt", "confidence", "note", "fact", "figures"],
            in: "an event"
        )
        let id = reader.id(in: "an event")
        let what = "event '\(id ?? "?")'"
        let date = reader.date("date", in: what, required: true)
        let end = reader.date("end", in: what, required: false)
        if let date, let end, end < date, let endNode = reader.optional("end") {
            error("event ends (\(end)) before it starts (\(date))", at: endNode)
        }
        let title = reader.string("title", in: what)
        let category = reader.required("category", in: what).flatMap(eventCategory)
        let source = reader.string("source", in: what)
        if let source, let node = reader.optional("source") { checkSource(source, at: location(of: node)) }
        let subjects = reader.stringList("subjects")
        for (subject, node) in subjects { checkSubject(subject, at: node) }
        let confidenceNode = reader.required("confidence", in: what)
        let confidence = confidenceNode.flatMap { Confidence(rawValue: $0.string?.trimmingWhitespace ?? "") }
        if let confidenceNode, confidence == nil { error("confidence must be high, medium or low", at: confidenceNode) }
        let figures = namedFields(reader.optional("figures"), rules: FieldRules(units: nil, requiresLabel: true), keyCheck: nil)
        let excerptNode = reader.optional("excerpt")
        guard let id, let date, let title, let category, let source, let confidence else { return nil }
        let evidence = Figure(
            value: .date(date), unit: nil, asOf: date, source: source,
            excerpt: excerptNode.flatMap { reader.string($0, key: "excerpt") }, confidence: confidence,
            note: reader.optionalString("note"), label: title, fact: reader.optionalString("fact"),
            location: reader.location, excerptLocation: excerptNode.map(location(of:))
        )
        return Event(
            id: id, date: date, end: end, title: title, category: category,
            subjects: subjects.map(\.0), summary: reader.optionalString("summary") ?? "",
            evidence: evidence, figures: figures, location: reader.location
        )
    }

    private func eventCategory(_ node: Node) -> Event.Category? {
        let text = node.string?.trimmingWhitespace ?? ""
        guard let category = Event.Category(rawValue: text) else {
            let names = Event.Category.allCases.map(\.rawValue)
            error("unknown event category '\(text)'\(Suggestion.didYouMean(text, in: names)); use \(names.joined(separator: ", "))", at: node)
            return nil
        }
        return category
    }

    func metric(_ node: Node) -> Metric? {
        guard let reader = mapping(node, what: "a metric") else { return nil }
        reader.rejectUnknownKeys(["id", "label", "subject", "figure", "figures"], in: "a metric")
        let id = reader.id(in: "a metric")
        let what = "metric '\(id ?? "?")'"
        let label = reader.string("label", in: what)
        let subject = reader.string("subject", in: what)
        if let subject, let node = reader.optional("subject") { checkSubject(subject, at: node) }
        let fieldNode = reader.optional("figure") ?? reader.optional("figures")
        if fieldNode == nil { error("\(what) needs 'figure' or 'figures'", at: node) }
        let field = fieldNode.flatMap { self.field($0, key: id ?? "figure", rules: .any) }
        guard let id, let label, let subject, let field else { return nil }
        return Metric(id: id, label: label, subject: subject, field: field, location: reader.location)
    }
}
