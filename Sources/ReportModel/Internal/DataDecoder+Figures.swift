import Yams

/// What a field expects of its figures.
struct FieldRules {
    /// Units a number may carry; nil accepts any known unit; empty means text or dates only.
    var units: [Unit]?
    /// Whether each figure must say what it is (`label`).
    var requiresLabel = false

    static let any = FieldRules(units: nil)
}

extension DataDecoder {
    static let figureKeys = ["value", "unit", "as_of", "source", "excerpt", "confidence", "note", "label", "fact", "derived"]

    /// `unknown`, a figure, or a list of disagreeing figures.
    func field(_ node: Node, key: String, rules: FieldRules) -> Field? {
        switch node {
        case .scalar(let scalar) where scalar.string.trimmingWhitespace == "unknown":
            return .unknown(note: nil, location: location(of: node))
        case .mapping:
            guard let reader = mapping(node, what: "a figure") else { return nil }
            if let value = reader.optional("value"), value.string?.trimmingWhitespace == "unknown" {
                reader.rejectUnknownKeys(["value", "note", "source"], in: "an unknown figure")
                return .unknown(note: reader.optionalString("note"), location: location(of: node))
            }
            return figure(reader, key: key, rules: rules).map { .estimates([$0]) }
        case .sequence(let sequence):
            guard !sequence.isEmpty else {
                error("'\(key)' lists no estimates; write 'unknown' instead", at: node)
                return nil
            }
            let figures = sequence.compactMap { item in
                mapping(item, what: "an estimate").flatMap { figure($0, key: key, rules: rules) }
            }
            return figures.count == sequence.count ? .estimates(figures) : nil
        default:
            error("'\(key)' must be a figure (value, unit, source ...), a list of estimates, or 'unknown'", at: node)
            return nil
        }
    }

    private func figure(_ reader: MappingReader, key: String, rules: FieldRules) -> Figure? {
        reader.rejectUnknownKeys(Self.figureKeys, in: "a figure")
        let what = "figure '\(key)'"
        let unit = figureUnit(reader, key: key, rules: rules)
        let value = reader.required("value", in: what).flatMap { figureValue($0, unit: unit, key: key, rules: rules) }
        let asOf = reader.date("as_of", in: what, required: false)
        let source = reader.string("source", in: what)
        if let source, let node = reader.optional("source") { checkSource(source, at: location(of: node)) }
        let confidence = reader.required("confidence", in: what).flatMap(confidence)
        let label = reader.optionalString("label")
        if rules.requiresLabel, label == nil { error("\(what) needs a 'label' saying what it is", at: reader.node) }
        let excerptNode = reader.optional("excerpt")
        guard let value, let source, let confidence else { return nil }
        return Figure(
            value: value, unit: unit ?? nil, asOf: asOf, source: source,
            excerpt: excerptNode.flatMap { reader.string($0, key: "excerpt") }, confidence: confidence,
            note: reader.optionalString("note"), label: label, fact: reader.optionalString("fact"),
            derived: reader.boolean("derived"), location: reader.location,
            excerptLocation: excerptNode.map(location(of:))
        )
    }

    /// nil: the unit is wrong (already reported); .some(nil): no unit.
    private func figureUnit(_ reader: MappingReader, key: String, rules: FieldRules) -> Unit?? {
        guard let node = reader.optional("unit") else { return .some(nil) }
        guard let text = reader.string(node, key: "unit") else { return nil }
        guard let unit = Unit(parsing: text) else {
            let names = Unit.all.map(\.description)
            error("unknown unit '\(text)'\(Suggestion.didYouMean(text, in: names))", at: node)
            return nil
        }
        if let allowed = rules.units, !allowed.contains(unit) {
            let expected = allowed.isEmpty ? "no unit (it is text or a date)" : allowed.map(\.description).joined(separator: ", ")
            error("unit '\(text)' does not fit '\(key)'; expected \(expected)", at: node)
            return nil
        }
        return unit
    }

    private func figureValue(_ node: Node, unit: Unit??, key: String, rules: FieldRules) -> Figure.Value? {
        guard case .scalar(let scalar) = node else {
            error("'value' must be a number, a date or text", at: node)
            return nil
        }
        let text = scalar.string.trimmingWhitespace
        guard let unit else { return nil }
        if let unit {
            guard let number = Double(text), number.isFinite else {
                let what = Double(text) == nil ? "a number" : "a finite number"
                error("'\(text)' is not \(what); a figure in \(unit) needs a numeric value", at: node)
                return nil
            }
            if number < 0, !unit.allowsNegative {
                error("negative value \(text) \(unit) makes no sense here", at: node)
                return nil
            }
            return .number(number)
        }
        if let date = PartialDate(parsing: text) { return .date(date) }
        if Double(text) != nil, rules.units?.isEmpty != true {
            error("the number \(text) needs a 'unit'", at: node)
            return nil
        }
        return .text(text)
    }

    private func confidence(_ node: Node) -> Confidence? {
        guard let text = node.string?.trimmingWhitespace, let confidence = Confidence(rawValue: text) else {
            error("confidence must be high, medium or low", at: node)
            return nil
        }
        return confidence
    }
}
