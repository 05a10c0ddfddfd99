import Mustache

/// A template file parsed twice: by swift-mustache to render, and into tags to check.
struct LoadedTemplate: Sendable {
    let file: TemplateFile
    /// Tags nested by section; nil when sections do not balance or, for a briefing, until it
    /// is rendered (`scanned` is false then).
    let tree: [TagNode]?
    let scanned: Bool

    /// The tag tree, scanning the text now if loading skipped it.
    var tagTree: [TagNode]? { scanned ? tree : TagScanner.tree(TagScanner.tags(in: file.text)) }
    /// The template as consecutive pieces, split between lines outside any section, rendered
    /// one after another. swift-mustache's parser takes time proportional to the square of a
    /// template's length; long briefings parse in pieces. Briefings are parsed when rendered
    /// (nil here), so an incremental build parses only the briefings it re-renders.
    let chunks: [MustacheTemplate]?
}
