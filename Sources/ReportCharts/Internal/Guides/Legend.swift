/// A colour legend: swatches with labels, flowing into rows that fit a width; a label too
/// long for a row wraps onto more lines.
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
    var fontSize: Double = Typography.fontSize
}

extension Legend {
    /// Entries for every key of an ordinal scale as filled squares.
    init(scale: OrdinalScale) {
        entries = scale.domain.map { Entry(label: $0, swatch: .fill("f\(scale.slot($0))")) }
    }

    /// The rows' total height when laid out in `maxWidth`.
    func height(maxWidth: Double) -> Double {
        rows(maxWidth: maxWidth).map { rowHeight(lines: $0.map(\.lines.count).max() ?? 1) }.reduce(0, +)
    }

    /// The marks for the legend with its top-left corner at `origin`.
    func marks(at origin: PixelPoint, maxWidth: Double) -> [any Mark] {
        var bars: [BarMark.Bar] = []
        var rules: [RuleMark] = []
        var labels: [TextMark.Label] = []
        var top = origin.y
        for items in rows(maxWidth: maxWidth) {
            let y = top + singleRowHeight / 2
            var x = origin.x
            for item in items {
                switch item.entry.swatch {
                case let .fill(className):
                    bars.append(.init(rect: Rect(x: x, y: y - 5, width: 10, height: 10), className: className))
                case let .line(className, dash):
                    rules.append(.horizontal(at: [y], from: x, to: x + 18, className: className, strokeWidth: 2.5, dash: dash))
                case .reference:
                    rules.append(.horizontal(at: [y], from: x, to: x + 18, className: "ref", strokeWidth: 1.5, dash: "4 3"))
                }
                labels.append(.init(x: x + swatchWidth(item.entry) + 5, y: y + fontSize * 0.35, lines: item.lines))
                x += item.width + gap
            }
            top += rowHeight(lines: items.map(\.lines.count).max() ?? 1)
        }
        return [BarMark(bars: bars)] + rules + [TextMark(labels: labels, fontSize: fontSize)]
    }
}

private extension Legend {
    /// An entry with its label wrapped and its total width.
    struct Item {
        var entry: Entry
        var lines: [String]
        var width: Double
    }

    var singleRowHeight: Double { (fontSize * 1.6).rounded() }
    var gap: Double { 14 }

    func rowHeight(lines: Int) -> Double {
        singleRowHeight + Double(lines - 1) * (fontSize * 1.2).rounded()
    }

    func swatchWidth(_ entry: Entry) -> Double {
        if case .fill = entry.swatch { return 10 }
        return 18
    }

    func rows(maxWidth: Double) -> [[Item]] {
        var rows: [[Item]] = [[]]
        var used = 0.0
        for entry in entries {
            let swatch = swatchWidth(entry) + 5
            let lines = TextMeasure.wrap(entry.label, maxWidth: max(40, maxWidth - swatch), fontSize: fontSize)
            let width = swatch + TextMeasure.width(of: lines, fontSize: fontSize)
            let item = Item(entry: entry, lines: lines, width: width)
            if !rows[rows.count - 1].isEmpty && used + item.width > maxWidth {
                rows.append([])
                used = 0
            }
            rows[rows.count - 1].append(item)
            used += item.width + gap
        }
        return rows.filter { !$0.isEmpty }
    }
}
