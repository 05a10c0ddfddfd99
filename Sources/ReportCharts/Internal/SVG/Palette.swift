/// The Okabe–Ito colour-blind-safe palette, ordered so neighbours also differ in lightness
/// (blue L*46, orange 71, black 0, green 58, vermillion 54, sky blue 70, purple 61, yellow 89);
/// lines additionally get distinct dash patterns.
enum Palette {
    /// Light-mode colours, one per series slot.
    static let colors = ["#0072B2", "#E69F00", "#000000", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442"]

    /// Dark-mode replacements (only black changes, to a light grey).
    static let darkColors = ["#3A9AD9", "#E69F00", "#D9D9D9", "#009E73", "#E0701A", "#56B4E9", "#CC79A7", "#F0E442"]

    /// Dash patterns per slot so lines stay distinct in greyscale.
    static let dashes = ["", "6 3", "2 2", "8 3 2 3", "4 4", "1 3", "10 4", "3 2 1 2"]

    /// The number of slots before colours repeat.
    static let count = colors.count
}
