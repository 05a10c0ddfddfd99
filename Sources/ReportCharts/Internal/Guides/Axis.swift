/// An axis made of ordinary marks: tick rules, optional grid rules and text labels.
struct Axis: Sendable {
    /// Which side of the plot the axis sits on.
    enum Edge: Sendable {
        case top, bottom, left
    }

    /// A labelled position in pixels.
    struct Tick: Sendable {
        var position: Double
        var label: String
    }

    var edge: Edge
    var ticks: [Tick]
    var plot: Rect
    var canvasWidth: Double
    var grid = true
    /// A short label such as a unit, drawn at the end of the axis.
    var label: String? = nil
    var fontSize: Double = Typography.fontSize
}

extension Axis {
    /// Ticks from scale positions and their labels.
    static func ticks(_ values: [Double], labels: [String], scale: any PositionScale) -> [Tick] {
        zip(values, labels).map { Tick(position: scale($0), label: $1) }
    }

    /// The marks that draw this axis.
    var marks: [any Mark] {
        let shown = visibleTicks
        var marks: [any Mark] = []
        if grid { marks.append(gridRules) }
        marks.append(tickRules(shown))
        marks.append(TextMark(labels: shown.enumerated().map { tickLabel($1, first: $0 == 0, last: $0 == shown.count - 1) },
                              fontSize: fontSize, className: "muted"))
        if let label, !label.isEmpty { marks.append(axisLabel(label)) }
        return marks
    }

    /// The widest tick label, for sizing margins.
    static func labelWidth(_ labels: [String], fontSize: Double = Typography.fontSize) -> Double {
        labels.map { TextMeasure.width($0, fontSize: fontSize) }.max() ?? 0
    }
}

private extension Axis {
    var gridRules: RuleMark {
        switch edge {
        case .top, .bottom: return .vertical(at: ticks.map(\.position), from: plot.minY, to: plot.maxY, className: "grid")
        case .left: return .horizontal(at: ticks.map(\.position), from: plot.minX, to: plot.maxX, className: "grid")
        }
    }

    func tickRules(_ shown: [Tick]) -> RuleMark {
        let positions = shown.map(\.position)
        switch edge {
        case .top: return .vertical(at: positions, from: plot.minY - 4, to: plot.minY, className: "axis")
        case .bottom: return .vertical(at: positions, from: plot.maxY, to: plot.maxY + 4, className: "axis")
        case .left: return .horizontal(at: positions, from: plot.minX - 4, to: plot.minX, className: "axis")
        }
    }

    func tickLabel(_ tick: Tick, first: Bool, last: Bool) -> TextMark.Label {
        switch edge {
        case .left:
            return TextMark.Label(x: plot.minX - 7, y: tick.position + fontSize * 0.35, lines: [tick.label], anchor: .end)
        case .top, .bottom:
            let y = edge == .top ? plot.minY - 8 : plot.maxY + 6 + fontSize
            let half = TextMeasure.width(tick.label, fontSize: fontSize) / 2
            var anchor = TextMark.Anchor.middle
            if tick.position - half < 0 { anchor = .start }
            if tick.position + half > canvasWidth { anchor = .end }
            let x = anchor == .start ? max(0, tick.position - 2) : anchor == .end ? min(canvasWidth, tick.position + 2) : tick.position
            return TextMark.Label(x: x, y: y, lines: [tick.label], anchor: anchor)
        }
    }

    func axisLabel(_ text: String) -> TextMark {
        switch edge {
        case .left:
            return TextMark("↑ " + text, x: 0, y: plot.minY - 12, fontSize: fontSize, className: "muted")
        case .bottom:
            return TextMark(text + " →", x: plot.maxX, y: plot.maxY + 2 * fontSize + 12, anchor: .end,
                            fontSize: fontSize, className: "muted")
        case .top:
            return TextMark(text, x: plot.minX - 14, y: plot.minY - 8, anchor: .end,
                            fontSize: fontSize, className: "muted")
        }
    }

    /// Every k-th tick, with the smallest k whose labels do not collide.
    var visibleTicks: [Tick] {
        guard ticks.count > 2 else { return ticks }
        for k in 1..<ticks.count {
            let kept = ticks.enumerated().filter { $0.offset % k == 0 }.map(\.element)
            if !collides(kept) { return kept }
        }
        return [ticks[0]]
    }

    func collides(_ ticks: [Tick]) -> Bool {
        zip(ticks, ticks.dropFirst()).contains { a, b in
            let gap = abs(b.position - a.position)
            switch edge {
            case .left: return gap < fontSize + 2
            case .top, .bottom:
                let needed = (TextMeasure.width(a.label, fontSize: fontSize) + TextMeasure.width(b.label, fontSize: fontSize)) / 2
                return gap < needed + 8
            }
        }
    }
}
