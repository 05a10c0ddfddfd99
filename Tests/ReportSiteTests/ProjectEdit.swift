import Foundation

/// One random edit of the fixture project that keeps it valid, for the randomized
/// incremental test: a figure changed, a chip added or removed, a source renamed everywhere,
/// a template, partial, asset, string or series point changed, a file touched, all reverted.
enum ProjectEdit: String, CaseIterable {
    case figure, addChip, deleteChip, renameSource, briefing, pageTemplate, layout, strings, series, asset
    case sourceTitle, siteTitle, touch, revert
    case addEvent, deleteEvent, eventDate

    /// An event about Nvidia; with `page_size: 1` it moves the fixture's event to another page.
    static let newEvent = """
        - id: second-event
          date: 2024-01-02
          title: A second event
          category: nvidia
          subjects: [nvidia]
          summary: Another event.
          source: cnbc-2025-04-15-h20-charge
          confidence: high
        """

    static let renamedSource = ("lockwood-h100", "lockwood-h100-renamed")

    /// Applies the edit to `project`; `originals` holds every input file's first text.
    /// Returns false when the edit does not apply in the current state.
    func apply(to project: URL, originals: [String: String], using random: inout SeededGenerator) throws -> Bool {
        switch self {
        case .figure:
            return try change(project, "Data/chips.yaml") { text in
                let values = text.ranges(of: /value: (\d+(\.\d+)?)/)
                guard let range = values.randomElement(using: &random) else { return nil }
                let number = Double(text[range].dropFirst("value: ".count)) ?? 0
                return text.replacingCharacters(in: range, with: "value: \(Int(number) + Int.random(in: 1...9, using: &random))")
            }
        case .addChip:
            return try change(project, "Data/chips.yaml") { $0.contains(IncrementalTests.newChip) ? nil : $0 + IncrementalTests.newChip + "\n" }
        case .deleteChip:
            return try change(project, "Data/chips.yaml") { text in
                text.contains(IncrementalTests.newChip) ? text.replacingOccurrences(of: IncrementalTests.newChip + "\n", with: "") : nil
            }
        case .renameSource:
            let (old, new) = Self.renamedSource
            var changed = false
            for path in originals.keys where path.hasPrefix("Data/") || path.hasPrefix("Templates/") {
                changed = try change(project, path) { text in
                    if text.contains(new) { return text.replacingOccurrences(of: new, with: old) }
                    return text.contains(old) ? text.replacingOccurrences(of: old, with: new) : nil
                } || changed
            }
            return changed
        case .briefing:
            return try change(project, "Templates/briefings/h20-in-brief.md.mustache") { $0 + "\nAnother line \(random.next() % 1000).\n" }
        case .pageTemplate:
            return try change(project, "Templates/pages/chip.md.mustache") { text in
                text.contains("## Specifications") ? text.replacingOccurrences(of: "## Specifications", with: "## Specs")
                    : text.replacingOccurrences(of: "## Specs", with: "## Specifications")
            }
        case .layout:
            return try change(project, "Templates/layouts/page.html.mustache") { $0.replacingOccurrences(of: "</footer>", with: " </footer>") }
        case .strings:
            return try change(project, "Templates/strings/en.yaml") { text in
                text.contains("unknown: unknown") ? text.replacingOccurrences(of: "unknown: unknown", with: "unknown: not known")
                    : text.replacingOccurrences(of: "unknown: not known", with: "unknown: unknown")
            }
        case .series:
            return try change(project, "Data/series/fixture-series.csv") { text in
                text.contains(",5.5,") ? text.replacingOccurrences(of: ",5.5,", with: ",5.6,") : text.replacingOccurrences(of: ",5.6,", with: ",5.5,")
            }
        case .asset:
            return try change(project, "Templates/assets/style.css") { $0 + "\n/* \(random.next() % 1000) */\n" }
        case .sourceTitle:
            return try change(project, "Data/sources.yaml") { text in
                text.contains("title: H100 notes") ? text.replacingOccurrences(of: "title: H100 notes", with: "title: H100 (processor notes)")
                    : text.replacingOccurrences(of: "title: H100 (processor notes)", with: "title: H100 notes")
            }
        case .siteTitle:
            return try change(project, "Data/site.yaml") { $0.replacingOccurrences(of: "title: Fixture", with: "title: The fixture") }
        case .addEvent:
            return try change(project, "Data/events.yaml") { $0.contains("- id: second-event") ? nil : $0 + Self.newEvent + "\n" }
        case .deleteEvent:
            // It is the file's last item, whatever its date.
            return try change(project, "Data/events.yaml") { text in
                text.range(of: "- id: second-event").map { String(text[..<$0.lowerBound]) }
            }
        case .eventDate:
            // Before the fixture's event or after it, and back.
            return try change(project, "Data/events.yaml") { text in
                text.contains("  date: 2024-01-02\n") ? text.replacingOccurrences(of: "  date: 2024-01-02\n", with: "  date: 2026-01-02\n")
                    : text.replacingOccurrences(of: "  date: 2026-01-02\n", with: "  date: 2024-01-02\n")
            }
        case .touch:
            guard let path = originals.keys.sorted().randomElement(using: &random) else { return false }
            let url = project.appendingPathComponent(path)
            try Data(contentsOf: url).write(to: url)
            return true
        case .revert:
            for (path, text) in originals { try text.write(to: project.appendingPathComponent(path), atomically: true, encoding: .utf8) }
            return true
        }
    }

    /// Rewrites one file; nil from `edit` (or no change) means the edit does not apply.
    private func change(_ project: URL, _ path: String, _ edit: (String) -> String?) throws -> Bool {
        let url = project.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let new = edit(text), new != text else { return false }
        try new.write(to: url, atomically: true, encoding: .utf8)
        return true
    }
}
