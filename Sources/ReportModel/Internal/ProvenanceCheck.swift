/// Checks that hold across files: quoted excerpts appear in archived texts, every source is cited.
struct ProvenanceCheck {
    let project: Project
    let displayName: String

    func run() -> [Diagnostic] {
        let figures = project.citedFigures
        var diagnostics: [Diagnostic] = []
        let normalisedArchives = project.archives.mapValues(ArchiveText.normalisingWhitespace)
        for cited in figures {
            let figure = cited.figure
            guard let excerpt = figure.excerpt, let archive = normalisedArchives[figure.source] else { continue }
            if !archive.contains(ArchiveText.normalisingWhitespace(excerpt)) {
                diagnostics.append(.error(
                    "excerpt not found in the archived text of source '\(figure.source)'",
                    at: figure.excerptLocation ?? figure.location))
            }
        }
        let cited = Set(figures.map(\.figure.source))
        for source in project.sources where !cited.contains(source.id) {
            diagnostics.append(.warning("source '\(source.id)' is cited by no figure", at: source.location))
        }
        diagnostics += ExcerptValueCheck.run(figures)
        diagnostics += TextQualityCheck(project: project, displayName: displayName).run()
        return diagnostics
    }
}
