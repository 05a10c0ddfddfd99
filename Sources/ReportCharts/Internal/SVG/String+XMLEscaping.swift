extension String {
    /// The text with `&`, `<`, `>`, `"` and `'` replaced by entities, and characters
    /// XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF) dropped.
    var xmlEscaped: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                if scalar.isAllowedInXML { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}

private extension Unicode.Scalar {
    var isAllowedInXML: Bool {
        switch value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
