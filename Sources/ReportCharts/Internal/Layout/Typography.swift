/// The canvas and type sizes every preset shares, chosen so a chart stays legible on a phone.
///
/// A chart is drawn once, on a canvas `canvasWidth` units wide, and shown at that size in CSS
/// pixels or smaller (`max-width: 100%`). On a phone's ~350 px column it shrinks by
/// 350 / `canvasWidth`, so text of `fontSize` units shows at
/// `fontSize × 350 / canvasWidth` ≈ 10.3 px, the smallest size we accept. No label is drawn
/// smaller than `fontSize`; long labels wrap instead.
enum Typography {
    /// The default canvas width in SVG units (and CSS pixels when shown at full size).
    static let canvasWidth = 440.0
    /// The size of all chart text in SVG units.
    static let fontSize = 13.0
    /// The distance between the baselines of wrapped lines.
    static var lineHeight: Double { (fontSize * 1.2).rounded() }
    /// The content width of a phone the layout is checked against, in CSS pixels.
    static let phoneWidth = 350.0
    /// The smallest text we accept there, in CSS pixels.
    static let minimumPhoneFontSize = 10.0
}
