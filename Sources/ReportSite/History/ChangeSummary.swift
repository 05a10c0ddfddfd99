/// The one line a build ends with about what changed in the data's figures.
enum ChangeSummary {
    /// How many changes are listed by name before the line gives only a count.
    static let listed = 3

    /// `2 figures changed: a; b`, or `42 figures changed since the previous build`; nil for none.
    static func line(_ changes: [String]) -> String? {
        guard !changes.isEmpty else { return nil }
        let count = changes.count == 1 ? "1 figure changed" : "\(changes.count) figures changed"
        guard changes.count <= listed else { return count + " since the previous build." }
        return count + ": " + changes.joined(separator: "; ")
    }
}
