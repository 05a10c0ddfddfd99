import ReportModel

extension FigureSnapshot {
    /// The records and figures of `project`.
    public init(_ project: Project) {
        var records: [SnapshotRecord] = []
        var figures: [SnapshotFigure] = []
        func add(_ key: SnapshotRecord.Key, _ field: String, _ label: String, _ value: Field) {
            figures += value.figures.map { SnapshotFigure(owner: key, field: field, label: label, figure: $0) }
        }
        func add(_ key: SnapshotRecord.Key, _ named: NamedField) {
            add(key, named.key, named.field.figures.first?.label ?? named.key, named.field)
        }
        for source in project.sources {
            records.append(SnapshotRecord(key: .init(kind: .source, id: source.id), name: source.title))
        }
        for vendor in project.vendors {
            let key = SnapshotRecord.Key(kind: .vendor, id: vendor.id)
            records.append(SnapshotRecord(key: key, name: vendor.name))
            for named in vendor.facts { add(key, named) }
        }
        for chip in project.chips {
            let key = SnapshotRecord.Key(kind: .chip, id: chip.id)
            records.append(SnapshotRecord(key: key, name: chip.name))
            for field in SpecField.allCases { add(key, field.rawValue, field.label, chip[field] ?? .estimates([])) }
        }
        for event in project.events {
            let key = SnapshotRecord.Key(kind: .event, id: event.id)
            records.append(SnapshotRecord(key: key, name: event.title))
            figures.append(SnapshotFigure(owner: key, field: "date", label: "date", figure: event.evidence))
            for named in event.figures { add(key, named) }
        }
        for metric in project.metrics {
            let key = SnapshotRecord.Key(kind: .metric, id: metric.id)
            records.append(SnapshotRecord(key: key, name: metric.label))
            add(key, "value", metric.label, metric.field)
        }
        for series in project.series {
            let key = SnapshotRecord.Key(kind: .series, id: series.id)
            records.append(SnapshotRecord(key: key, name: series.title))
            for point in series.points {
                let pointKey = SnapshotRecord.Key(kind: .series, id: series.id, part: point.period)
                records.append(SnapshotRecord(key: pointKey, name: series.title + ", " + point.period))
                add(key, point.period, point.period, point.field)
            }
        }
        self.init(records: records, figures: figures)
    }
}

extension SnapshotFigure {
    init(owner: SnapshotRecord.Key, field: String, label: String, figure: Figure) {
        let value: Value = switch figure.value {
        case .number(let number): .number(number)
        case .date(let date): .date(date.description)
        case .text(let text): .text(text)
        }
        self.init(
            owner: owner, field: field, label: label, value: value, unit: figure.unit?.description,
            asOf: figure.asOf?.description, source: figure.source, confidence: figure.confidence.rawValue
        )
    }
}
