/// The type size every preset shares, chosen so a chart stays legible on a phone.
///
/// A chart is drawn once, on a canvas 440 units wide by default (the presets' `width`), and
/// shown at that size in CSS pixels or smaller (`max-width: 100%`). In a phone's ~350 px
/// column it shrinks by 350 / 440, so text of `fontSize` units shows at 13 × 350 / 440 ≈
/// 10.3 px, the smallest size we accept (`PhoneLayoutTests`). No label is drawn smaller than
/// `fontSize`; long labels wrap instead.
enum Typography {
    /// The size of all chart text in SVG units.
    static let fontSize = 13.0
    /// The distance between the baselines of wrapped lines.
    static var lineHeight: Double { (fontSize * 1.2).rounded() }
}
