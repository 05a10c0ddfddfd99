import Yams

extension DataDecoder {
    static let chartKeys = ["id", "kind", "title", "caption", "field", "fields", "chips", "reference", "series", "events", "categories", "x", "y", "log", "chip", "metric"]

    func chart(_ node: Node) -> ChartDeclaration? {
        guard let reader = mapping(node, what: "a chart") else { return nil }
        reader.rejectUnknownKeys(Self.chartKeys, in: "a chart")
        let id = reader.id(in: "a chart")
        let what = "chart '\(id ?? "?")'"
        let title = reader.string("title", in: what)
        let kind = reader.required("kind", in: what).flatMap(chartKind)
        let field = reader.optional("field").flatMap(specField)
        let fields = reader.stringList("fields").compactMap { specField(named: $0.0, at: $0.1) }
        let chips = reader.stringList("chips").map { checked($0, in: references.chips, kind: "chip") }
        let reference = reader.optional("reference").flatMap { node in reader.string(node, key: "reference").map { checked(($0, node), in: references.chips, kind: "chip") } }
        let series = reader.stringList("series").map { checked($0, in: references.series, kind: "series") }
        let events = reader.stringList("events").map { checked($0, in: references.events, kind: "event") }
        let categories = reader.stringList("categories").compactMap { name, node -> Event.Category? in
            guard let category = Event.Category(rawValue: name) else {
                error("unknown event category '\(name)'\(Suggestion.didYouMean(name, in: Event.Category.allCases.map(\.rawValue)))", at: node)
                return nil
            }
            return category
        }
        let chip = reader.optional("chip").flatMap { node in reader.string(node, key: "chip").map { checked(($0, node), in: references.chips, kind: "chip") } }
        let metric = reader.optional("metric").flatMap { node in reader.string(node, key: "metric").map { checked(($0, node), in: references.metrics, kind: "metric") } }
        let x = reader.optional("x").flatMap(specField), y = reader.optional("y").flatMap(specField)
        guard let id, let title, let kind else { return nil }
        let declaration = ChartDeclaration(
            id: id, kind: kind, title: title, caption: reader.optionalString("caption") ?? "", field: field, fields: fields,
            chips: chips, reference: reference, series: series, events: events, categories: categories, x: x, y: y,
            log: reader.boolean("log"), chip: chip, metric: metric, location: reader.location
        )
        checkRequirements(of: declaration, at: node)
        return declaration
    }

    private func checkRequirements(of chart: ChartDeclaration, at node: Node) {
        let what = "a \(chart.kind.rawValue) chart"
        switch chart.kind {
        case .rankedBars where chart.field == nil: error("\(what) needs 'field'", at: node)
        case .normalizedBars where chart.fields.isEmpty: error("\(what) needs 'fields'", at: node)
        case .timeSeries where chart.series.isEmpty: error("\(what) needs 'series'", at: node)
        case .scatter where chart.x == nil || chart.y == nil: error("\(what) needs 'x' and 'y'", at: node)
        case .timeline where chart.events.isEmpty && chart.categories.isEmpty: error("\(what) needs 'events' or 'categories'", at: node)
        case .range where !((chart.chip != nil && chart.field != nil) != (chart.metric != nil)):
            error("\(what) needs either 'chip' and 'field', or 'metric'", at: node)
        default: break
        }
    }

    private func checked(_ entry: (String, Node), in known: Set<String>, kind: String) -> String {
        let file = kind == "series" ? "series" : kind + "s"
        if !known.contains(entry.0), !references.unreadable.contains(file) {
            error("unknown \(kind) '\(entry.0)'\(Suggestion.didYouMean(entry.0, in: known))", at: entry.1)
        }
        return entry.0
    }

    private func chartKind(_ node: Node) -> ChartDeclaration.Kind? {
        let text = node.string?.trimmingWhitespace ?? ""
        guard let kind = ChartDeclaration.Kind(rawValue: text) else {
            let names = ChartDeclaration.Kind.allCases.map(\.rawValue)
            error("unknown chart kind '\(text)'\(Suggestion.didYouMean(text, in: names)); use \(names.joined(separator: ", "))", at: node)
            return nil
        }
        return kind
    }

    private func specField(_ node: Node) -> SpecField? {
        specField(named: node.string?.trimmingWhitespace ?? "", at: node)
    }

    private func specField(named name: String, at node: Node) -> SpecField? {
        guard let field = SpecField(rawValue: name) else {
            error("unknown spec field '\(name)'\(Suggestion.didYouMean(name, in: SpecField.allCases.map(\.rawValue)))", at: node)
            return nil
        }
        return field
    }
}
