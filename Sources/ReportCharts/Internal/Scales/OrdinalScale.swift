/// Maps category keys to palette slots in order of first appearance.
struct OrdinalScale: Sendable, Equatable {
    /// Unique keys, in the order first seen.
    let domain: [String]

    init<S: Sequence>(keys: S) where S.Element == String {
        var seen = Set<String>()
        domain = keys.filter { seen.insert($0).inserted }
    }
}

extension OrdinalScale {
    /// The palette slot for `key` (wrapping around the palette), or 0 if unknown.
    func slot(_ key: String) -> Int {
        (domain.firstIndex(of: key) ?? 0) % Palette.count
    }

    /// The palette colour for `key`.
    func color(_ key: String) -> String {
        Palette.colors[slot(key)]
    }
}
