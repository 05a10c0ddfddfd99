/// A Mustache tag found by `TagScanner`, with where it starts.
struct Tag: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case variable, unescaped, section, inverted, close, partial, parent, block, comment, pragma, delimiters
    }

    let kind: Kind
    let name: String
    let line: Int
    let column: Int
}

/// A template's tags arranged as a tree: sections hold their contents.
indirect enum TagNode: Sendable {
    case leaf(Tag)
    case section(Tag, [TagNode])
}
