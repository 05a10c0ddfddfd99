/// A figure and what it is about, for checks and for the sources page.
public struct CitedFigure: Sendable {
    /// The figure.
    public let figure: Figure
    /// The record it belongs to, e.g. the chip `h20`.
    public let owner: RecordKey
}

extension Project {
    /// Every figure in Data/, in file order: sources' owners first by chips, vendors, events,
    /// metrics, series.
    public var citedFigures: [CitedFigure] {
        var all: [CitedFigure] = []
        for vendor in vendors {
            for named in vendor.facts { all += named.field.figures.map { CitedFigure(figure: $0, owner: RecordKey(.vendor, vendor.id)) } }
        }
        for chip in chips {
            for field in SpecField.allCases {
                all += (chip[field]?.figures ?? []).map { CitedFigure(figure: $0, owner: RecordKey(.chip, chip.id)) }
            }
        }
        for event in events {
            all.append(CitedFigure(figure: event.evidence, owner: RecordKey(.event, event.id)))
            for named in event.figures { all += named.field.figures.map { CitedFigure(figure: $0, owner: RecordKey(.event, event.id)) } }
        }
        for metric in metrics { all += metric.field.figures.map { CitedFigure(figure: $0, owner: RecordKey(.metric, metric.id)) } }
        for series in series {
            for point in series.points { all += point.field.figures.map { CitedFigure(figure: $0, owner: RecordKey(.series, series.id)) } }
        }
        return all
    }
}
