/// A colour legend: swatches with labels, flowing into rows that fit a width.
struct Legend: Sendable {
    /// What a swatch looks like.
    enum Swatch: Sendable {
        /// A filled square in palette slot `n` (or a named class).
        case fill(String)
        /// A short line in a stroke class with a dash pattern.
        case line(String, dash: String)
        /// A dashed reference rule.
        case reference
    }

    /// One entry.
    struct Entry: Sendable {
        var label: String
        var swatch: Swatch
    }

    var entries: [Entry]
    var fontSize: Double = 11
}

extension Legend {
    /// Entries for every key of an ordinal scale as filled squares.
    init(scale: OrdinalScale) {
        entries = scale.domain.map { Entry(label: $0, swatch: .fill("f\(scale.slot($0))")) }
    }

    /// The rows' total height when laid out in `maxWidth`.
    func height(maxWidth: Double) -> Double {
        entries.isEmpty ? 0 : Double(rows(maxWidth: maxWidth).count) * rowHeight
    }

    /// The marks for the legend with its top-left corner at `origin`.
    func marks(at origin: PixelPoint, maxWidth: Double) -> [any Mark] {
        var bars: [BarMark.Bar] = []
        var rules: [RuleMark] = []
        var labels: [TextMark.Label] = []
        for (row, items) in rows(maxWidth: maxWidth).enumerated() {
            let y = origin.y + Double(row) * rowHeight + rowHeight / 2
            var x = origin.x
            for entry in items {
                switch entry.swatch {
                case let .fill(className):
                    bars.append(.init(rect: Rect(x: x, y: y - 5, width: 10, height: 10), className: className))
                case let .line(className, dash):
                    rules.append(.horizontal(at: [y], from: x, to: x + 18, className: className, strokeWidth: 2.5, dash: dash))
                case .reference:
                    rules.append(.horizontal(at: [y], from: x, to: x + 18, className: "ref", strokeWidth: 1.5, dash: "4 3"))
                }
                let text = label(entry)
                labels.append(.init(x: x + swatchWidth(entry) + 5, y: y + fontSize * 0.35, lines: [text.text], title: text.title))
                x += entryWidth(entry) + gap
            }
        }
        return [BarMark(bars: bars)] + rules + [TextMark(labels: labels, fontSize: fontSize)]
    }
}

private extension Legend {
    var rowHeight: Double { (fontSize * 1.6).rounded() }
    var gap: Double { 14 }
    var maxLabelWidth: Double { 180 }

    func swatchWidth(_ entry: Entry) -> Double {
        if case .fill = entry.swatch { return 10 }
        return 18
    }

    func label(_ entry: Entry) -> (text: String, title: String?) {
        let text = TextMeasure.truncate(entry.label, maxWidth: maxLabelWidth, fontSize: fontSize)
        return (text, text == entry.label ? nil : entry.label)
    }

    func entryWidth(_ entry: Entry) -> Double {
        swatchWidth(entry) + 5 + TextMeasure.width(label(entry).text, fontSize: fontSize)
    }

    func rows(maxWidth: Double) -> [[Entry]] {
        var rows: [[Entry]] = [[]]
        var used = 0.0
        for entry in entries {
            let width = entryWidth(entry)
            if !rows[rows.count - 1].isEmpty && used + width > maxWidth {
                rows.append([])
                used = 0
            }
            rows[rows.count - 1].append(entry)
            used += width + gap
        }
        return rows.filter { !$0.isEmpty }
    }
}
