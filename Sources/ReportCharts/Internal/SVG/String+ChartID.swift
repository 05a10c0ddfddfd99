extension String {
    /// The text reduced to `[a-z0-9-]` for use as an XML id, a CSS class and a file name:
    /// lower-cased, other characters become `-`, runs collapsed, ends trimmed; prefixed with
    /// `c-` if it would start with a digit. Letters and digits outside ASCII (`昇騰`, `é`) cannot
    /// be kept, so when any were dropped a short hash of the original text is appended
    /// (`昇騰 910` → `c-910-940bd5`, `昇騰` → `chart-9d8dcf`): two ids that differ only in
    /// such characters still give two different chart ids.
    var chartID: String {
        var result = ""
        var droppedLetters = false
        for scalar in lowercased().unicodeScalars {
            let isAllowed = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            if isAllowed {
                result.unicodeScalars.append(scalar)
                continue
            }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { droppedLetters = true }
            if !result.isEmpty && !result.hasSuffix("-") { result += "-" }
        }
        while result.hasSuffix("-") { result.removeLast() }
        if droppedLetters { result += (result.isEmpty ? "chart-" : "-") + fnv1a }
        if result.isEmpty { return "chart" }
        return result.first!.isNumber ? "c-" + result : result
    }

    /// Six hex digits of the 32-bit FNV-1a hash of the UTF-8 bytes: stable across runs and
    /// machines, unlike `hashValue`.
    private var fnv1a: String {
        var hash: UInt32 = 2_166_136_261
        for byte in utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        let hex = String(hash & 0xFF_FFFF, radix: 16)
        return String(repeating: "0", count: 6 - hex.count) + hex
    }
}
