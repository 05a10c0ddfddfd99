import ReportCharts
import ReportModel

/// Turns a chart declaration and the model into a drawn chart: picks the figures, converts
/// them to a common unit, and remembers whose figures they are.
struct ChartFactory {
    let project: Project

    func plot(_ declaration: ChartDeclaration) throws -> PlottedChart {
        var sources: [String] = []
        var figures: [PlottedFigure] = []
        var midpoints = false
        func use(_ field: Field?, _ label: String) -> (value: Double, base: Unit.Base)? {
            guard let range = Comparison.normalisedRange(field) else { return nil }
            sources += field?.figures.map(\.source) ?? []
            figures += (field?.figures ?? []).map { PlottedFigure(label: label, figure: $0) }
            if range.low != range.high { midpoints = true }
            return ((range.low + range.high) / 2, range.unit)
        }
        let chart: Chart
        switch declaration.kind {
        case .rankedBars: chart = try rankedBars(declaration, use)
        case .normalizedBars: chart = try normalizedBars(declaration, use)
        case .scatter: chart = try scatter(declaration, use)
        case .timeSeries: chart = try timeSeries(declaration, use)
        case .timeline: chart = try timeline(declaration, sources: &sources, figures: &figures)
        case .range: chart = try range(declaration, sources: &sources, figures: &figures)
        }
        return PlottedChart(
            chart: chart, title: declaration.title, caption: declaration.caption, sources: sources.uniqued(),
            figures: figures,
            usesMidpoints: midpoints && declaration.kind != .range
        )
    }

    private func chips(_ declaration: ChartDeclaration) -> [Chip] {
        declaration.chips.isEmpty ? project.chips : declaration.chips.compactMap(project.chip)
    }

    private func rankedBars(_ declaration: ChartDeclaration, _ use: (Field?, String) -> (value: Double, base: Unit.Base)?) throws -> Chart {
        guard let field = declaration.field else { throw ChartError.noData(chart: declaration.id) }
        var base: Unit.Base?
        let items = chips(declaration).compactMap { chip -> RankedBarChart.Item? in
            guard let (value, unit) = use(chip[field], chip.name) else { return nil }
            base = base ?? unit
            return RankedBarChart.Item(label: chip.name, value: value, highlight: chip.id == project.settings.referenceChip)
        }
        return try RankedBarChart(id: declaration.id, title: declaration.title, items: items, format: base.map(Self.format) ?? .number()).render()
    }

    private func normalizedBars(_ declaration: ChartDeclaration, _ use: (Field?, String) -> (value: Double, base: Unit.Base)?) throws -> Chart {
        let referenceID = declaration.reference ?? project.settings.referenceChip
        guard let reference = project.chip(referenceID) else { throw ChartError.noData(chart: declaration.id) }
        var chips = chips(declaration)
        if !chips.contains(where: { $0.id == reference.id }) { chips.insert(reference, at: 0) }
        let series = declaration.fields.map { field -> NormalizedBarChart.Series in
            let referenceBase = Comparison.normalisedRange(reference[field])?.unit
            var base: Unit.Base?
            let values = chips.map { chip -> Double? in
                guard let value = use(chip[field], chip.name), value.base == referenceBase else { return nil }
                base = value.base
                return value.value
            }
            return NormalizedBarChart.Series(name: field.label, values: values, format: base.map(Self.format) ?? .number())
        }
        return try NormalizedBarChart(
            id: declaration.id, title: declaration.title, reference: reference.name, groups: chips.map(\.name), series: series,
            groupHeading: "Chip"
        ).render()
    }

    private func scatter(_ declaration: ChartDeclaration, _ use: (Field?, String) -> (value: Double, base: Unit.Base)?) throws -> Chart {
        guard let xField = declaration.x, let yField = declaration.y else { throw ChartError.noData(chart: declaration.id) }
        var xBase: Unit.Base?, yBase: Unit.Base?
        let points = chips(declaration).compactMap { chip -> ScatterChart.Point? in
            guard Comparison.normalisedRange(chip[xField]) != nil, Comparison.normalisedRange(chip[yField]) != nil,
                  let x = use(chip[xField], chip.name), let y = use(chip[yField], chip.name) else { return nil }
            xBase = xBase ?? x.base
            yBase = yBase ?? y.base
            return ScatterChart.Point(label: chip.name, x: x.value, y: y.value)
        }
        return try ScatterChart(
            id: declaration.id, title: declaration.title, points: points,
            xLabel: xField.label, yLabel: yField.label,
            xFormat: xBase.map(Self.format) ?? .number(), yFormat: yBase.map(Self.format) ?? .number(),
            logX: declaration.log, logY: declaration.log
        ).render()
    }

    private func timeSeries(_ declaration: ChartDeclaration, _ use: (Field?, String) -> (value: Double, base: Unit.Base)?) throws -> Chart {
        let series = declaration.series.compactMap(project.series)
        let lines = series.map { series in
            TimeSeriesChart.Series(name: series.title, points: series.points.compactMap { point -> TimeSeriesChart.Point? in
                guard let date = point.asOf else { return nil }
                let value = use(point.field, series.title + ", " + point.period)?.value
                return TimeSeriesChart.Point(date: date.chartDate, value: series.unit.base == .percent ? value.map { $0 / 100 } : value)
            })
        }
        let annotations = declaration.events.compactMap(project.event).map { event in
            TimeSeriesChart.Annotation(date: event.date.chartDate, label: event.title)
        }
        return try TimeSeriesChart(
            id: declaration.id, title: declaration.title, series: lines, annotations: annotations,
            format: series.first.map { Self.format($0.unit.base) } ?? .number()
        ).render()
    }

    private func timeline(
        _ declaration: ChartDeclaration, sources: inout [String], figures: inout [PlottedFigure]
    ) throws -> Chart {
        let chosen = declaration.events.isEmpty
            ? project.events.filter { declaration.categories.contains($0.category) }
            : declaration.events.compactMap(project.event)
        sources += chosen.map(\.evidence.source)
        figures += chosen.map { PlottedFigure(label: $0.title, figure: $0.evidence) }
        let events = chosen.map { event in
            TimelineChart.Event(start: event.date.chartDate, end: event.end?.chartDate, label: event.title, category: event.category.label)
        }
        return try TimelineChart(id: declaration.id, title: declaration.title, events: events).render()
    }

    private func range(
        _ declaration: ChartDeclaration, sources: inout [String], figures plotted: inout [PlottedFigure]
    ) throws -> Chart {
        let field: Field? = if let metric = declaration.metric { project.metric(metric)?.field } else if let chip = declaration.chip.flatMap(project.chip), let spec = declaration.field { chip[spec] } else { nil }
        let figures = field?.figures ?? []
        sources += figures.map(\.source)
        plotted += figures.map { PlottedFigure(label: project.source($0.source)?.publisher ?? $0.source, figure: $0) }
        let estimates = figures.compactMap { figure -> RangeChart.Estimate? in
            guard let value = figure.number else { return nil }
            let publisher = project.source(figure.source)?.publisher ?? figure.source
            return RangeChart.Estimate(label: publisher, value: value)
        }
        let unit = figures.first?.unit
        let isPercent = unit?.base == .percent
        let scaled = estimates.map { estimate -> RangeChart.Estimate in
            let factor = unit.map { $0.base.isMoney ? $0.scale.factor : 1 } ?? 1
            return RangeChart.Estimate(label: estimate.label, value: isPercent ? estimate.value / 100 : estimate.value * factor)
        }
        return try RangeChart(id: declaration.id, title: declaration.title, estimates: scaled, format: unit.map { Self.format($0.base) } ?? .number()).render()
    }

    /// Values arrive in the base unit (money in units, not billions; percentages as fractions).
    static func format(_ base: Unit.Base) -> ValueFormat {
        switch base {
        case .usd: .dollars
        case .cny: .yuan
        case .percent: .percent
        case .count: .si()
        default: .number(unit: base.rawValue)
        }
    }
}

extension PartialDate {
    /// The first day the date covers.
    var chartDate: ChartDate { ChartDate(year: year, month: firstMonth, day: firstDay) }
}

extension Event.Category {
    /// How the category is named in legends.
    var label: String {
        switch self {
        case .usExportControl: "US export controls"
        case .chinaPolicy: "China's policy"
        case .nvidia: "Nvidia"
        case .market: "Market"
        case .domestic: "Domestic chips"
        }
    }
}
