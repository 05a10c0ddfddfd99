/// Estimates rendered text width without a font engine: CJK and full-width characters
/// are 1em, Latin letters come from a small proportional table.
enum TextMeasure {
    /// The approximate width of `text` at `fontSize` in a sans-serif face. Latin widths are
    /// padded by `latinSlack` because the widest common fallback face (DejaVu Sans, what
    /// `system-ui` means on many Linux desktops) runs that much wider than the table below.
    static func width(_ text: String, fontSize: Double) -> Double {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 1 : em($1) * latinSlack) } * fontSize
    }

    /// How much wider than the table Latin text is allowed to be.
    static let latinSlack = 1.08

    /// The width of one character in ems.
    static func em(_ scalar: Unicode.Scalar) -> Double {
        if isWide(scalar) { return 1 }
        if isCombining(scalar) { return 0 }
        let character = Character(scalar)
        if narrow.contains(character) { return 0.3 }
        if semiNarrow.contains(character) { return 0.4 }
        if wide.contains(character) { return 0.9 }
        if character.isUppercase { return 0.7 }
        if character.isNumber { return 0.6 }
        if character == " " { return 0.3 }
        if character.isLowercase { return 0.57 }
        return scalar.value < 0x2000 ? 0.6 : 0.8
    }

    /// Whether the character is East Asian wide or full-width (one em).
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    private static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        (0x0300...0x036F).contains(scalar.value) || (0xFE00...0xFE0F).contains(scalar.value) || scalar.value == 0x200B
    }

    private static let narrow: Set<Character> = ["i", "j", "l", "I", ".", ",", ":", ";", "'", "|", "!", "·"]
    private static let semiNarrow: Set<Character> = ["f", "t", "r", "(", ")", "[", "]", "-", "/", "\"", "1"]
    private static let wide: Set<Character> = ["m", "w", "M", "W", "@", "%", "—", "&", "…"]
}
