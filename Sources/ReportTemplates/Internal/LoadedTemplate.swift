import Mustache

/// A template file parsed twice: by swift-mustache to render, and into tags to check.
struct LoadedTemplate: Sendable {
    let file: TemplateFile
    let tree: [TagNode]?
}
