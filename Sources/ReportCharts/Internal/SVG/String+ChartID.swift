extension String {
    /// The text reduced to `[a-z0-9-]` for use as an XML id and CSS selector:
    /// lower-cased, other characters become `-`, runs collapsed, ends trimmed;
    /// `chart` if nothing is left, prefixed with `c-` if it would start with a digit.
    var chartID: String {
        var result = ""
        for scalar in lowercased().unicodeScalars {
            let isAllowed = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            if isAllowed {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty && !result.hasSuffix("-") {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        if result.isEmpty { return "chart" }
        return result.first!.isNumber ? "c-" + result : result
    }
}
