/// Checks on the text of names, excerpts and archives: a name mixing Simplified and Traditional
/// characters, and a `?` or U+FFFD left inside Chinese text by a broken converter.
struct TextQualityCheck {
    let project: Project
    let displayName: String

    func run() -> [Diagnostic] {
        mixedNames() + garbledExcerpts() + garbledArchives()
    }

    /// A Chinese name (a chip's or vendor's `name_zh`, a source's title, publisher or author) in two scripts.
    func mixedNames() -> [Diagnostic] {
        var named: [(what: String, text: String, location: SourceLocation)] = []
        for vendor in project.vendors {
            if let name = vendor.nameZh { named.append(("name_zh", name, vendor.location)) }
        }
        for chip in project.chips { if let name = chip.nameZh { named.append(("name_zh", name, chip.location)) } }
        for source in project.sources {
            named.append(("title", source.title, source.location))
            named.append(("publisher", source.publisher, source.location))
            if let author = source.author { named.append(("author", author, source.location)) }
        }
        return named.compactMap { item in
            guard let example = ChineseScript.example(in: item.text) else { return nil }
            return .warning(
                "\(item.what) '\(item.text)' mixes Traditional (\(example.traditional)) and Simplified "
                    + "(\(example.simplified)) characters; write it in one script",
                at: item.location)
        }
    }

    func garbledExcerpts() -> [Diagnostic] {
        project.citedFigures.compactMap { cited in
            guard let excerpt = cited.figure.excerpt,
                  let offset = Self.garbledOffsets(in: excerpt).first else { return nil }
            return .warning(
                "excerpt has a stray '\(excerpt[offset])' inside Chinese text (a converter artefact); quote around it",
                at: cited.figure.excerptLocation ?? cited.figure.location)
        }
    }

    func garbledArchives() -> [Diagnostic] {
        project.sources.flatMap { source -> [Diagnostic] in
            guard let archive = source.archive, let text = project.archives[source.id] else { return [] }
            return Self.garbledOffsets(in: text).map { offset in
                let (line, column) = Self.lineAndColumn(of: offset, in: text)
                return .warning(
                    "archived text has a stray '\(text[offset])' inside Chinese text (a converter artefact)",
                    at: SourceLocation(file: "\(displayName)/\(archive)", line: line, column: column))
            }
        }
    }

    /// Positions of U+FFFD anywhere, and of a `?` that follows a Han character and is followed
    /// by a Han character or a Latin letter (a real question mark ends a clause).
    static func garbledOffsets(in text: String) -> [String.Index] {
        var offsets: [String.Index] = []
        var previous: Character?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "\u{FFFD}" {
                offsets.append(index)
            } else if character == "?", let previous, ChineseScript.isHan(previous), next < text.endIndex,
                      text[next].isLetter {
                offsets.append(index)
            }
            previous = character
            index = next
        }
        return offsets
    }

    /// 1-based line and column (in characters) of `offset`.
    static func lineAndColumn(of offset: String.Index, in text: String) -> (Int, Int) {
        let before = text[..<offset]
        let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        return (line, text.distance(from: lineStart, to: offset) + 1)
    }
}
