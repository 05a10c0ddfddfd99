extension Double {
    /// A coordinate as text: at most two decimals, trailing zeros trimmed, never `-0`,
    /// and `0` for non-finite values so no `nan` or `inf` reaches the SVG.
    var svg: String {
        guard isFinite else { return "0" }
        let hundredths = (self * 100).rounded()
        guard hundredths != 0 else { return "0" }
        let magnitude = Int(Swift.min(abs(hundredths), 9e15))
        let whole = magnitude / 100, fraction = magnitude % 100
        let sign = hundredths < 0 ? "-" : ""
        switch fraction {
        case 0: return "\(sign)\(whole)"
        case let f where f % 10 == 0: return "\(sign)\(whole).\(f / 10)"
        case let f where f < 10: return "\(sign)\(whole).0\(f)"
        default: return "\(sign)\(whole).\(fraction)"
        }
    }
}
