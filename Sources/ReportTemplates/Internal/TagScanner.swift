/// Finds the tags of a Mustache template with 1-based line and column (in Unicode scalars),
/// and nests sections. Only what the strict check needs: text between tags is skipped.
enum TagScanner {
    static func tags(in text: String) -> [Tag] {
        let scalars = Array(text.unicodeScalars)
        var tags: [Tag] = []
        var index = 0, line = 1, column = 1
        while index < scalars.count {
            if scalars[index] == "{", index + 1 < scalars.count, scalars[index + 1] == "{" {
                let triple = index + 2 < scalars.count && scalars[index + 2] == "{"
                let closing = triple ? "}}}" : "}}"
                let bodyStart = index + (triple ? 3 : 2)
                guard let end = find(closing, in: scalars, from: bodyStart) else { break }
                var body = String(String.UnicodeScalarView(scalars[bodyStart..<end]))
                var kind: Tag.Kind = triple ? .unescaped : .variable
                if !triple, let sigil = body.first, let sigilKind = kinds[sigil] {
                    kind = sigilKind
                    body.removeFirst()
                }
                if kind == .delimiters { body = String(body.dropLast()) }
                tags.append(Tag(kind: kind, name: body.trimmingSpaces, line: line, column: column))
                for scalar in scalars[index..<(end + closing.unicodeScalars.count)] {
                    if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
                }
                index = end + closing.unicodeScalars.count
                continue
            }
            if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index += 1
        }
        return tags
    }

    /// Nests tags by their sections; nil when sections do not balance (the parser reports that).
    static func tree(_ tags: [Tag]) -> [TagNode]? {
        var stack: [(Tag?, [TagNode])] = [(nil, [])]
        for tag in tags {
            switch tag.kind {
            case .section, .inverted, .parent, .block:
                stack.append((tag, []))
            case .close:
                guard stack.count > 1, let (open, children) = stack.popLast(), open?.name == tag.name, let open else { return nil }
                stack[stack.count - 1].1.append(.section(open, children))
            case .comment, .pragma:
                continue
            default:
                stack[stack.count - 1].1.append(.leaf(tag))
            }
        }
        return stack.count == 1 ? stack[0].1 : nil
    }

    private static let kinds: [Character: Tag.Kind] = [
        "#": .section, "^": .inverted, "/": .close, ">": .partial, "<": .parent, "$": .block,
        "!": .comment, "%": .pragma, "&": .unescaped, "=": .delimiters,
    ]

    private static func find(_ needle: String, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        var index = start
        while index + pattern.count <= scalars.count {
            if scalars[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
