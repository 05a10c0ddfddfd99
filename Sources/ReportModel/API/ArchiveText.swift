/// Turns a scraped source text into the clean copy we archive and quote from.
public enum ArchiveText {
    /// Removes converter artefacts and scraped junk:
    /// - pinyin that a Simplified→Traditional converter left after characters: `創(chuàng)` → `創`;
    /// - everything from the first line that is exactly `end` (what follows is unrelated text);
    /// - trailing spaces on lines, and blank lines at the end.
    public static func clean(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let trimmed = line.trimmingSuffix(while: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if trimmed == "end" { break }
            lines.append(removingPinyin(from: String(trimmed)))
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text with runs of whitespace made single spaces and the ends trimmed: how excerpts are matched.
    public static func normalisingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Drops `(pinyin)`: a parenthesis holding one to seven lower-case Latin letters, right
    /// after a Han character or, when a letter carries a tone mark, after anything (the
    /// converter also garbled some characters). `(用國產芯片的)` and `(AI)` stay.
    static func removingPinyin(from line: String) -> String {
        var output = ""
        var scalars = Array(line.unicodeScalars)[...]
        var previous: Unicode.Scalar?
        while let scalar = scalars.first {
            if scalar == "(", let previous, let (length, toned) = pinyin(scalars.dropFirst()), toned || isHan(previous) {
                scalars = scalars.dropFirst(length + 2)
                continue
            }
            output.unicodeScalars.append(scalar)
            previous = scalar
            scalars = scalars.dropFirst()
        }
        return output
    }

    /// The length of a parenthesised pinyin syllable and whether it carries a tone mark.
    private static func pinyin(_ rest: ArraySlice<Unicode.Scalar>) -> (Int, Bool)? {
        var length = 0
        var toned = false
        for scalar in rest {
            if scalar == ")" { return (1...7).contains(length) ? (length, toned) : nil }
            if toneMarked.contains(scalar) {
                toned = true
            } else if !("a"..."z").contains(scalar) {
                return nil
            }
            length += 1
        }
        return nil
    }

    private static let toneMarked = Set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".unicodeScalars)

    private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
            || (0x20000...0x2FFFF).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
    }
}

private extension Substring {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var text = self
        while let last = text.last, predicate(last) { text = text.dropLast() }
        return text
    }
}
