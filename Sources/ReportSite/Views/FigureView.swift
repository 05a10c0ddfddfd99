import Foundation
import ReportModel
import ReportTemplates

/// Turns fields into what templates show: plain text, and Markdown with a footnote citing
/// the source of every figure. A template never formats a number itself.
struct FigureView: Sendable {
    let project: Project
    let strings: Strings

    /// Keys: `known`, `unknown`, `disputed`, `low`, `text`, `md`, `note`, `as_of`, `estimates`.
    func view(_ field: Field?, reads: inout Set<DependencyKey>) -> ViewValue {
        guard let field, case .estimates(let figures) = field else {
            var note: String?
            if case .unknown(let unknownNote, _) = field { note = unknownNote }
            return [
                "known": false, "unknown": true, "disputed": false, "low": false, "text": .text(strings[.unknown]),
                "md": .raw(unknownMarkdown), "cell": .raw(unknownMarkdown), "note": .text(note), "as_of": .null, "estimates": [],
                "source": .null,
            ]
        }
        let lowest = figures.map(\.confidence).contains(.low)
        return [
            "known": true, "unknown": false, "disputed": .bool(field.isDisputed), "low": .bool(lowest),
            "text": .text(text(field)), "md": .raw(markdown(field)), "cell": .raw(cell(field)),
            "note": .text(figures.count == 1 ? figures[0].note : nil),
            "as_of": .text(figures.count == 1 ? figures[0].asOf.map(strings.date) : nil),
            "estimates": .list(figures.map { estimate($0, reads: &reads) }),
            "source": figures.count == 1 ? sourceView(figures[0].source, reads: &reads) : .null,
        ]
    }

    /// `148 TFLOPS`, `256–376 TFLOPS`, `unknown`.
    func text(_ field: Field) -> String {
        let figures = field.figures
        guard let first = figures.first else { return strings[.unknown] }
        if field.isDisputed, let range = field.numericRange, let unit = first.unit,
           figures.allSatisfy({ $0.unit == unit }) {
            let natural = unit.natural(range.upperBound)
            if natural.decimalShift > 0 {
                let divisor = pow(10, Double(natural.decimalShift))
                let digits = 3 + natural.decimalShift
                return NumberText.decimal(range.lowerBound / divisor, maxDecimals: digits) + "–"
                    + NumberText.decimal(range.upperBound / divisor, maxDecimals: digits) + " " + natural.symbol
            }
            let low = NumberText.decimal(range.lowerBound), high = NumberText.decimal(range.upperBound)
            return unit.format(range.lowerBound).replacingFirstNumber(with: low + "–" + high)
        }
        return figures.map(valueText).uniqued().joined(separator: " / ")
    }

    /// The figure's value alone: `148 TFLOPS`, `15 July 2025`, `TSMC 4N`.
    func valueText(_ figure: Figure) -> String {
        switch figure.value {
        case .number(let number): figure.unit?.format(number) ?? NumberText.decimal(number)
        case .date(let date): strings.date(date)
        case .text(let text): text
        }
    }

    /// Markdown with citations: `148 TFLOPS[^src]`; disputed fields list every estimate.
    func markdown(_ field: Field) -> String {
        let figures = field.figures
        guard !figures.isEmpty else { return unknownMarkdown }
        if figures.count == 1 { return markdown(figures[0]) }
        // No parentheses of its own: templates often put a figure in parentheses already.
        let estimates = figures.map { markdown($0, inList: true) }.joined(separator: "; ")
        return TemplateLibrary.escapeMarkdown(text(field)) + " — " + escape(strings[.estimates]) + ": " + estimates
    }

    /// The compact form for table cells: the value or range, then every source's footnote.
    func cell(_ field: Field) -> String {
        let figures = field.figures
        guard !figures.isEmpty else { return unknownMarkdown }
        let notes = figures.map(\.source).uniqued().map { "[^\($0)]" }.joined()
        var text = TemplateLibrary.escapeMarkdown(text(field)) + notes
        if figures.contains(where: \.derived) { text += derivedMarkdown }
        if figures.contains(where: { $0.confidence == .low }) { text += lowMarkdown }
        return text
    }

    /// One figure with its footnote and confidence marks.
    /// In a list of estimates the marks follow a comma instead of sitting in parentheses.
    func markdown(_ figure: Figure, inList: Bool = false) -> String {
        var text = TemplateLibrary.escapeMarkdown(valueText(figure)) + "[^\(figure.source)]"
        if figure.derived { text += inList ? ", " + escape(strings[.derived]) : derivedMarkdown }
        if figure.confidence == .low { text += inList ? ", *" + escape(strings[.lowConfidence]) + "*" : lowMarkdown }
        return text
    }

    private func estimate(_ figure: Figure, reads: inout Set<DependencyKey>) -> ViewValue {
        [
            "text": .text(valueText(figure)), "md": .raw(markdown(figure)),
            "as_of": .text(figure.asOf.map(strings.date)), "confidence": .text(figure.confidence.rawValue),
            "low": .bool(figure.confidence == .low), "derived": .bool(figure.derived),
            "excerpt": .text(figure.excerpt), "note": .text(figure.note), "what": .text(figure.label),
            "source": sourceView(figure.source, reads: &reads),
        ]
    }

    /// A source's name, date and link, as figures and events show it.
    func sourceView(_ id: String, reads: inout Set<DependencyKey>) -> ViewValue {
        guard let source = project.source(id) else { return .null }
        reads.insert(.record(RecordKey(.source, id)))
        return [
            "id": .text(source.id), "title": .text(source.title), "publisher": .text(source.publisher),
            "date": .text(source.date.map(strings.date) ?? strings[.undated]), "url": .text(source.url),
            "anchor": .text("src-\(source.id)"),
        ]
    }
}

private extension FigureView {
    var unknownMarkdown: String { escape(strings[.unknown]) }
    var derivedMarkdown: String { " (" + escape(strings[.derived]) + ")" }
    var lowMarkdown: String { " *(" + escape(strings[.lowConfidence]) + ")*" }

    func escape(_ text: String) -> String { TemplateLibrary.escapeMarkdown(text) }
}

extension String {
    /// Replaces the first run of digits, commas and dots (the number in a formatted value).
    func replacingFirstNumber(with replacement: String) -> String {
        guard let start = firstIndex(where: \.isNumber) else { return self }
        let end = self[start...].firstIndex(where: { !$0.isNumber && $0 != "," && $0 != "." }) ?? endIndex
        return String(self[..<start]) + replacement + String(self[end...])
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
