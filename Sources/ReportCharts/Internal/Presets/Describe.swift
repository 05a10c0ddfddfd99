/// Small helpers for generated chart descriptions.
enum Describe {
    /// `1 value`, `6 values`.
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }

    /// `A, B and C`.
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    /// The index of the smallest and largest finite value (first on ties).
    static func extremes(_ values: [Double]) -> (min: Int, max: Int)? {
        let indexed = values.enumerated().filter { $0.element.isFinite }
        guard let low = indexed.min(by: { $0.element < $1.element }),
              let high = indexed.max(by: { $0.element < $1.element }) else { return nil }
        return (low.offset, high.offset)
    }
}
