/// Everything measured at one corpus size: medians, peak memory and the load average around it.
struct SizeResult {
    let n: Int
    var full = Summary([]), noop = Summary([]), edit = Summary([]), hugo = Summary([]), floor = Summary([])
    var warm = Summary([]), hugoWarm = Summary([])
    var loadAtStart = "", loadAtEnd = ""

    init(n: Int) { self.n = n }

    /// `a / b` when both were measured.
    static func ratio(_ a: Summary, _ b: Summary) -> Double? {
        a.measured && b.measured && b.seconds > 0 ? a.seconds / b.seconds : nil
    }

    /// Our full build's peak memory over Hugo's.
    var memoryRatio: Double? {
        full.measured && hugo.measured && hugo.peakKilobytes > 0
            ? Double(full.peakKilobytes) / Double(hugo.peakKilobytes) : nil
    }
}
