/// Text broken into lines that fit a width; `isTruncated` means an ellipsis was added.
struct FittedText: Sendable, Equatable {
    var lines: [String]
    var isTruncated: Bool
}

extension TextMeasure {
    /// Wraps `text` at spaces (and between CJK characters) into at most `maxLines` lines
    /// no wider than `maxWidth`; the last line ends in `…` if the text does not fit.
    static func fit(_ text: String, maxWidth: Double, fontSize: Double, maxLines: Int = 1) -> FittedText {
        var lines: [String] = []
        var current = ""
        for token in tokens(text) {
            let candidate = current.isEmpty ? token.trimmingLeadingSpaces : current + token
            if current.isEmpty || width(candidate, fontSize: fontSize) <= maxWidth {
                current = candidate
            } else {
                lines.append(current)
                current = token.trimmingLeadingSpaces
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        let fits = lines.count <= maxLines && lines.allSatisfy { width($0, fontSize: fontSize) <= maxWidth }
        guard !fits else { return FittedText(lines: lines, isTruncated: false) }
        var kept = Array(lines.prefix(maxLines))
        kept = kept.map { width($0, fontSize: fontSize) <= maxWidth ? $0 : truncate($0, maxWidth: maxWidth, fontSize: fontSize) }
        if lines.count > maxLines, let last = kept.popLast() {
            kept.append(truncate(last + "…", maxWidth: maxWidth, fontSize: fontSize, force: true))
        }
        return FittedText(lines: kept, isTruncated: true)
    }

    /// `text` shortened to fit `maxWidth` with a trailing `…`.
    static func truncate(_ text: String, maxWidth: Double, fontSize: Double, force: Bool = false) -> String {
        if !force && width(text, fontSize: fontSize) <= maxWidth { return text }
        var base = text.hasSuffix("…") ? String(text.dropLast()) : text
        while !base.isEmpty && width(base.trimmingTrailingSpaces + "…", fontSize: fontSize) > maxWidth {
            base.removeLast()
        }
        return base.trimmingTrailingSpaces + "…"
    }

    /// Words with their leading space; each wide character is its own token.
    private static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        for character in text {
            let isWide = character.unicodeScalars.first.map(isWide) ?? false
            if character == " " || isWide {
                if !current.trimmingLeadingSpaces.isEmpty { tokens.append(current); current = "" }
                if isWide { tokens.append(current + String(character)); current = "" } else { current += " " }
            } else {
                current.append(character)
            }
        }
        if !current.trimmingLeadingSpaces.isEmpty { tokens.append(current) }
        return tokens
    }
}

private extension String {
    var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.hasSuffix(" ") { copy.removeLast() }
        return copy
    }
}
