import ReportHistory
import ReportModel

/// The state folder's form of the last build's figures (`figures.bin`): the build state's
/// binary encoding, written a field at a time. Foundation's JSON encoder built a tree of the
/// whole snapshot first, which for tens of thousands of figures was the build's peak of memory.
/// Equal snapshots give equal bytes, so an unchanged one is recognised without decoding.
extension FigureSnapshot {
    private static let format: UInt64 = 0x5246_4947_0001  // "RFIG", version 1

    var binary: [UInt8] {
        var writer = BinaryWriter()
        writer.write(Self.format)
        writer.write(UInt64(records.count))
        for record in records {
            writer.write(record.key)
            writer.write(record.name)
        }
        writer.write(UInt64(figures.count))
        for figure in figures {
            writer.write(figure.owner)
            writer.write(figure.field)
            writer.write(figure.label)
            switch figure.value {
            case .number(let number):
                writer.write(UInt8(0))
                writer.write(number.bitPattern)
            case .date(let date):
                writer.write(UInt8(1))
                writer.write(date)
            case .text(let text):
                writer.write(UInt8(2))
                writer.write(text)
            }
            writer.write(optional: figure.unit)
            writer.write(optional: figure.asOf)
            writer.write(figure.source)
            writer.write(figure.confidence)
        }
        return writer.bytes
    }

    /// Nil for a file of another format or version, or a truncated one.
    init?(binary bytes: [UInt8]) {
        var reader = BinaryReader(bytes)
        guard reader.uint64() == Self.format, let recordCount = reader.count() else { return nil }
        var records: [SnapshotRecord] = []
        records.reserveCapacity(recordCount)
        for _ in 0..<recordCount {
            guard let key = reader.recordKey(), let name = reader.string() else { return nil }
            records.append(SnapshotRecord(key: key, name: name))
        }
        guard let figureCount = reader.count() else { return nil }
        var figures: [SnapshotFigure] = []
        figures.reserveCapacity(figureCount)
        for _ in 0..<figureCount {
            guard let owner = reader.recordKey(), let field = reader.string(), let label = reader.string(),
                  let tag = reader.byte() else { return nil }
            let value: SnapshotFigure.Value
            switch tag {
            case 0:
                guard let bits = reader.uint64() else { return nil }
                value = .number(Double(bitPattern: bits))
            case 1:
                guard let date = reader.string() else { return nil }
                value = .date(date)
            case 2:
                guard let text = reader.string() else { return nil }
                value = .text(text)
            default: return nil
            }
            guard let unit = reader.optionalString(), let asOf = reader.optionalString(),
                  let source = reader.string(), let confidence = reader.string() else { return nil }
            figures.append(SnapshotFigure(
                owner: owner, field: field, label: label, value: value, unit: unit, asOf: asOf, source: source,
                confidence: confidence
            ))
        }
        guard reader.isAtEnd else { return nil }
        self.init(records: records, figures: figures)
    }
}

private extension BinaryWriter {
    mutating func write(_ key: SnapshotRecord.Key) {
        write(key.kind)
        write(key.id)
        write(optional: key.part)
    }

    mutating func write(optional text: String?) {
        guard let text else { return write(UInt8(0)) }
        write(UInt8(1))
        write(text)
    }
}

private extension BinaryReader {
    mutating func recordKey() -> SnapshotRecord.Key? {
        guard let kindText = string(), let kind = RecordKind(rawValue: kindText), let id = string(),
              let part = optionalString() else { return nil }
        return SnapshotRecord.Key(kind: kind, id: id, part: part)
    }

    /// `.some(nil)` for an absent text; nil when the bytes are not one.
    mutating func optionalString() -> String?? {
        switch byte() {
        case 0: .some(nil)
        case 1: string().map { .some($0) }
        default: nil
        }
    }
}
