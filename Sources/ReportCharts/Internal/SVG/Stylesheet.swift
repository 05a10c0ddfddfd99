/// The chart's own `<style>`, every selector scoped to the class on the chart's root `<svg>`
/// so an inlined chart restyles neither the page nor another chart, with a dark variant under
/// `prefers-color-scheme: dark`. That query follows the reader's setting both in a standalone
/// file (also inside `<img>`) and inline in a page.
enum Stylesheet {
    /// The class on the root `<svg>` of the chart with id `id`, which every rule is scoped to.
    static func className(id: String) -> String {
        "report-chart rc-\(id)"
    }

    /// CSS rules for the chart with id `id`.
    static func css(id: String) -> String {
        let light = rules(id: id, theme: .light)
        let dark = rules(id: id, theme: .dark)
        return light + "@media (prefers-color-scheme: dark){" + dark + "}"
    }
}

private extension Stylesheet {
    struct Theme {
        let background, text, muted, axis, grid, reference, neutral, highlight: String
        let colors: [String]

        static let light = Theme(background: "#ffffff", text: "#1a1a1a", muted: "#595959", axis: "#767676",
                                 grid: "#e6e6e6", reference: "#333333", neutral: "#c9d3dc", highlight: "#E69F00",
                                 colors: Palette.colors)
        static let dark = Theme(background: "#16191d", text: "#e8e8e8", muted: "#b0b0b0", axis: "#8c8c8c",
                                grid: "#33383e", reference: "#dddddd", neutral: "#56606b", highlight: "#E69F00",
                                colors: Palette.darkColors)
    }

    static func rules(id: String, theme: Theme) -> String {
        let s = ".rc-\(id) "
        var css = "\(s).bg{fill:\(theme.background)}"
        css += "\(s)text{fill:\(theme.text)}"
        css += "\(s).muted{fill:\(theme.muted)}"
        css += "\(s).axis{stroke:\(theme.axis)}"
        css += "\(s).grid{stroke:\(theme.grid)}"
        css += "\(s).ref{stroke:\(theme.reference)}"
        css += "\(s).leader{stroke:\(theme.axis)}"
        css += "\(s).halo{stroke:\(theme.background)}"
        css += "\(s).neutral{fill:\(theme.neutral)}"
        css += "\(s).hl{fill:\(theme.highlight)}"
        css += "\(s).range{fill:\(theme.neutral)}"
        css += "\(s).dot{stroke:\(theme.background)}"
        for (slot, color) in theme.colors.enumerated() {
            css += "\(s).f\(slot){fill:\(color)}\(s).s\(slot){stroke:\(color)}"
        }
        return css
    }
}
