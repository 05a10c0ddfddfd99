/// "Did you mean" for template names; a case-insensitive edit distance within a third of the name.
/// (ReportModel has its own copy: leaf modules do not import each other.)
enum NameSuggestion {
    static func didYouMean(_ name: String, in candidates: some Sequence<String>) -> String {
        let target = Array(name.lowercased())
        let limit = max(1, target.count / 3)
        let scored = candidates.map { ($0, distance(target, Array($0.lowercased()))) }
            .filter { $0.1 <= limit && $0.1 < target.count }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) else { return "" }
        return " (did you mean '\(best.0)'?)"
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit.
    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = Swift.min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
