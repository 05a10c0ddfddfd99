extension TextMeasure {
    /// Wraps `text` into lines no wider than `maxWidth`, never dropping a character: breaks go
    /// at spaces and between CJK characters, then after `-` or `/` inside a word too long for
    /// a line (that part may run up to 15% over), and only as a last resort between two
    /// letters of such a word.
    static func wrap(_ text: String, maxWidth: Double, fontSize: Double) -> [String] {
        var lines: [String] = []
        var current = ""
        for token in tokens(text).flatMap({ pieces(of: $0, maxWidth: maxWidth, fontSize: fontSize) }) {
            let candidate = current.isEmpty ? token.trimmingLeadingSpaces : current + token
            if current.isEmpty || width(candidate, fontSize: fontSize) <= maxWidth {
                current = candidate
            } else {
                lines.append(current)
                current = token.trimmingLeadingSpaces
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// The width of the widest line.
    static func width(of lines: [String], fontSize: Double) -> Double {
        lines.map { width($0, fontSize: fontSize) }.max() ?? 0
    }
}

private extension TextMeasure {
    /// Words with their leading space; each wide character is its own token.
    static func tokens(_ text: String) -> [String] {
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

    /// A token too wide for a line, split after hyphens and slashes, then between characters.
    static func pieces(of token: String, maxWidth: Double, fontSize: Double) -> [String] {
        guard width(token.trimmingLeadingSpaces, fontSize: fontSize) > maxWidth else { return [token] }
        var pieces: [String] = []
        var current = ""
        for character in token {
            current.append(character)
            if character == "-" || character == "/" {
                pieces.append(current)
                current = ""
            }
        }
        if !current.isEmpty { pieces.append(current) }
        // A part that ends at a hyphen may run 15% over rather than split a model number.
        return pieces.flatMap { piece -> [String] in
            let slack = piece.hasSuffix("-") || piece.hasSuffix("/") ? 1.15 : 1
            guard width(piece.trimmingLeadingSpaces, fontSize: fontSize) > maxWidth * slack else { return [piece] }
            return characterPieces(of: piece, maxWidth: maxWidth, fontSize: fontSize)
        }
    }

    static func characterPieces(of piece: String, maxWidth: Double, fontSize: Double) -> [String] {
        var pieces: [String] = []
        var current = ""
        for character in piece {
            let candidate = current + String(character)
            let tooWide = width(candidate.trimmingLeadingSpaces, fontSize: fontSize) > maxWidth
            if !current.trimmingLeadingSpaces.isEmpty && tooWide {
                pieces.append(current)
                current = String(character)
            } else {
                current = candidate
            }
        }
        // A hyphen or slash never starts a line, even if keeping it runs a little over.
        if current == "-" || current == "/", !pieces.isEmpty {
            pieces[pieces.count - 1] += current
        } else if !current.isEmpty {
            pieces.append(current)
        }
        return pieces
    }
}

private extension String {
    var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
}
