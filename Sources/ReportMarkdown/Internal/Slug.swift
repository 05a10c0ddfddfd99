/// Turns heading text into an anchor id the way GitHub does: lower-case, punctuation dropped,
/// spaces to hyphens; letters of any script are kept.
enum Slug {
    static func make(_ text: String) -> String {
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if scalar == " " || scalar == "-" || scalar == "_" {
                slug.unicodeScalars.append(scalar == "_" ? "_" : "-")
            }
        }
        return slug.isEmpty ? "section" : slug
    }
}

/// Hands out slugs, suffixing repeats with -1, -2 ... as GitHub does.
struct SlugSet {
    private var used: [String: Int] = [:]

    mutating func unique(_ slug: String) -> String {
        guard let count = used[slug] else {
            used[slug] = 0
            return slug
        }
        var next = count + 1
        while used["\(slug)-\(next)"] != nil { next += 1 }
        used[slug] = next
        used["\(slug)-\(next)"] = 0
        return "\(slug)-\(next)"
    }
}
