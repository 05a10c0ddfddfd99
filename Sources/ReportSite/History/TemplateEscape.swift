import ReportTemplates

/// The escapers `ChangeText` takes, named.
enum TemplateEscape {
    /// Markdown text: nothing in it can start markup or HTML.
    static let markdown: @Sendable (String) -> String = { TemplateLibrary.escapeMarkdown($0) }
}
