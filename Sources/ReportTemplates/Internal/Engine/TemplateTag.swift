/// A tag as written in a template: its name, the name's dotted segments, and where it starts.
struct TemplateTag: Sendable {
    /// The kind of tag, from the sigil after the opening delimiter.
    enum Kind: Sendable, Equatable {
        case variable, unescaped, section, inverted, close, partial, parent, block, comment, delimiters, pragma

        /// Whether a line holding only this tag and whitespace is removed from the output.
        var canStandAlone: Bool { self != .variable && self != .unescaped }
    }

    let kind: Kind
    /// The trimmed content of the tag, e.g. `chip.h20.name` or `partials/figure.md`.
    let name: String
    /// 1-based line in the file (front matter included).
    let line: Int
    /// 1-based column, in Unicode scalars.
    let column: Int
    /// For a standalone partial, parent or block, the whitespace in front of it.
    var indent = ""
    /// Whether the tag's line holds only tags that may stand alone, and is removed.
    var standalone = false
    /// The line end of a standalone tag's line (empty at the end of the text).
    var lineEnd = ""
    /// The dotted segments of the name; `.` alone is the current context.
    let segments: [String]

    init(kind: Kind, name: String, line: Int, column: Int) {
        self.kind = kind
        self.name = name
        self.line = line
        self.column = column
        let parts = name == "." ? ["."] : name.split(separator: ".", omittingEmptySubsequences: false)
        self.segments = parts.map(String.init)
    }
}
