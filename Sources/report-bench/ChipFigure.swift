import Foundation

/// One chip's memory figure, set in place: in our `Data/chips.yaml` and in Hugo's
/// `data/chips.json`, and the text each tool's chip page shows for it once rebuilt.
enum ChipFigure {
    /// Sets `chip`'s `memory_gb` value in our chips.yaml; false when the chip is not found.
    static func setInYAML(_ url: URL, chip: String, gigabytes: Int) throws -> Bool {
        try replace(in: url, after: "- id: \(chip)\n", marker: "    memory_gb: { value: ", upTo: ",",
                    with: String(gigabytes))
    }

    /// Sets `chip`'s `memory` string in Hugo's chips.json; false when the chip is not found.
    static func setInJSON(_ url: URL, chip: String, gigabytes: Int) throws -> Bool {
        try replace(in: url, after: "\"\(chip)\": {", marker: "\"memory\": \"", upTo: "\"",
                    with: "\(gigabytes) GB")
    }

    /// What our chip page (`site/chips/cNNNNN.md`) holds once it shows `gigabytes`.
    static func ourPage(_ gigabytes: Int) -> String { "| Memory | \(gigabytes) GB" }

    /// What Hugo's chip page (`chips/cNNNNN/index.html`) holds once it shows `gigabytes`.
    static func hugoPage(_ gigabytes: Int) -> String { "<td>\(gigabytes) GB</td>" }

    private static func replace(in url: URL, after anchor: String, marker: String, upTo end: Character,
                                with value: String) throws -> Bool {
        var text = try String(contentsOf: url, encoding: .utf8)
        guard let entry = text.range(of: anchor), let field = text[entry.upperBound...].range(of: marker),
              let stop = text[field.upperBound...].firstIndex(of: end) else { return false }
        text.replaceSubrange(field.upperBound..<stop, with: value)
        try Data(text.utf8).write(to: url)
        return true
    }
}
