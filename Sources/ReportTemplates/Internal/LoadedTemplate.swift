import Mustache

/// A template file parsed twice: by swift-mustache to render, and into tags to check.
struct LoadedTemplate: Sendable {
    let file: TemplateFile
    let tree: [TagNode]?
    /// The template as consecutive pieces, split between lines outside any section, rendered
    /// one after another. swift-mustache's parser takes time proportional to the square of a
    /// template's length; long briefings parse in pieces. Briefings are parsed when rendered
    /// (nil here), so an incremental build parses only the briefings it re-renders.
    let chunks: [MustacheTemplate]?
}
