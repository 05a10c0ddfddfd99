/// A block's content as a parent tag overrides it.
struct TemplateBlock: Sendable {
    let nodes: [TemplateNode]
    /// The indentation of the content's first line when the block tag stands alone: removed
    /// from each line, so the lines take the indentation of the place they are expanded.
    let dedent: String
}

extension TemplateBlock {
    /// The spaces and tabs that start the first line of `nodes`.
    static func leadingIndent(of nodes: [TemplateNode]) -> String {
        guard case .text(let text)? = nodes.first else { return "" }
        return String(text.prefix { $0 == " " || $0 == "\t" })
    }
}
