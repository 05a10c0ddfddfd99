import Yams

extension DataDecoder {
    static let seriesColumns = ["period", "as_of", "value", "source", "confidence", "excerpt", "note"]

    /// A series' declaration; its points are read from the CSV by `points(csv:...)`.
    func seriesDeclaration(_ node: Node) -> (id: String, title: String, subject: String, unit: Unit, file: String, location: SourceLocation)? {
        guard let reader = mapping(node, what: "a series") else { return nil }
        reader.rejectUnknownKeys(["id", "title", "subject", "unit", "file"], in: "a series")
        let id = reader.id(in: "a series")
        let what = "series '\(id ?? "?")'"
        let title = reader.string("title", in: what)
        let subject = reader.string("subject", in: what)
        if let subject, let node = reader.optional("subject") { checkSubject(subject, at: node) }
        let file = reader.string("file", in: what)
        var unit: Unit?
        if let unitNode = reader.required("unit", in: what), let text = reader.string(unitNode, key: "unit") {
            unit = Unit(parsing: text)
            if unit == nil { error("unknown unit '\(text)'\(Suggestion.didYouMean(text, in: Unit.all.map(\.description)))", at: unitNode) }
        }
        if let file, file.contains("..") || file.hasPrefix("/") {
            error("file '\(file)' must be a path inside Data/", at: reader.optional("file")!)
            return nil
        }
        guard let id, let title, let subject, let unit, let file else { return nil }
        return (id, title, subject, unit, file, reader.location)
    }

    /// Reads the rows of a series CSV (this decoder's file is the CSV).
    func points(csv text: String, unit: Unit) -> [Series.Point] {
        let table: CSVTable
        do {
            table = try CSVTable(parsing: text)
        } catch {
            self.error(error.message, at: SourceLocation(file: file, line: error.line, column: error.column))
            return []
        }
        guard let header = table.rows.first else {
            error("the CSV is empty; it needs the header \(Self.seriesColumns.joined(separator: ","))", at: SourceLocation(file: file, line: 1, column: 1))
            return []
        }
        guard header.map(\.text) == Self.seriesColumns else {
            error("the header must be exactly \(Self.seriesColumns.joined(separator: ","))", at: SourceLocation(file: file, line: 1, column: 1))
            return []
        }
        return table.rows.dropFirst().compactMap { point(row: $0, unit: unit) }
    }

    private func point(row: [CSVTable.Cell], unit: Unit) -> Series.Point? {
        let rowLocation = SourceLocation(file: file, line: row[0].line, column: 1)
        guard row.count == Self.seriesColumns.count else {
            error("expected \(Self.seriesColumns.count) columns, found \(row.count)", at: rowLocation)
            return nil
        }
        func cell(_ index: Int) -> (text: String, location: SourceLocation) {
            (row[index].text.trimmingWhitespace, SourceLocation(file: file, line: row[index].line, column: row[index].column))
        }
        let period = cell(0), asOf = cell(1), value = cell(2), source = cell(3), confidence = cell(4), excerpt = cell(5), note = cell(6)
        if value.text == "unknown" {
            return Series.Point(period: period.text, asOf: PartialDate(parsing: asOf.text), field: .unknown(note: note.text.nilIfEmpty, location: value.location))
        }
        var valid = true
        func fail(_ message: String, _ location: SourceLocation) {
            error(message, at: location)
            valid = false
        }
        if period.text.isEmpty { fail("'period' must not be empty", period.location) }
        let date = PartialDate(parsing: asOf.text)
        if date == nil { fail("'\(asOf.text)' is not a valid date (use 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-07-15)", asOf.location) }
        let number = Double(value.text)
        if number == nil || number?.isFinite == false {
            fail("'\(value.text)' is not \(number == nil ? "a number" : "a finite number")", value.location)
        } else if let number, number < 0, !unit.allowsNegative {
            fail("negative value \(value.text) \(unit) makes no sense here", value.location)
        }
        if source.text.isEmpty { fail("'source' must not be empty", source.location) } else { checkSource(source.text, at: source.location) }
        let level = Confidence(rawValue: confidence.text)
        if level == nil { fail("confidence must be high, medium or low", confidence.location) }
        guard valid, let date, let number, let level else { return nil }
        let figure = Figure(
            value: .number(number), unit: unit, asOf: date, source: source.text, excerpt: excerpt.text.nilIfEmpty,
            confidence: level, note: note.text.nilIfEmpty, label: period.text, location: rowLocation,
            excerptLocation: excerpt.text.isEmpty ? nil : excerpt.location
        )
        return Series.Point(period: period.text, asOf: date, field: .estimates([figure]))
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
