import Foundation

/// The numbers an excerpt states, read the way a person would: thousands separators dropped,
/// and each number also taken at the scale of the word that follows it ("$5.5 billion",
/// "11.11亿元", "2567万元", "$4.5bn").
enum ExcerptNumbers {
    /// One number as written and the multiplier of the scale word after it (1 when none).
    struct Reading: Equatable {
        /// The digits as a number.
        let number: Double
        /// The scale word's multiplier.
        let scale: Double
        /// Digits after the decimal point, as written.
        let decimals: Int
    }

    /// Scale words, longest first so that "万亿" wins over "万" and "billion" over "b".
    static let scaleWords: [(word: String, factor: Double)] = [
        ("trillion", 1e12), ("billion", 1e9), ("million", 1e6), ("thousand", 1e3),
        ("万亿", 1e12), ("萬億", 1e12), ("亿", 1e8), ("億", 1e8), ("万", 1e4), ("萬", 1e4), ("千", 1e3),
        ("tn", 1e12), ("bn", 1e9), ("mn", 1e6), ("t", 1e12), ("b", 1e9), ("m", 1e6), ("k", 1e3),
    ]

    /// Every number in `text` with the scale word that follows it.
    static func readings(in text: String) -> [Reading] {
        let characters = Array(text)
        var readings: [Reading] = []
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber,
                  index == 0 || !(characters[index - 1].isASCII && characters[index - 1].isNumber) else {
                index += 1
                continue
            }
            var digits = ""
            var decimals = -1
            var cursor = index
            while cursor < characters.count {
                let character = characters[cursor]
                if character.isASCII, character.isNumber {
                    digits.append(character)
                    if decimals >= 0 { decimals += 1 }
                } else if character == ",", decimals < 0, isThousandsGroup(characters, after: cursor) {
                    // a thousands separator: skip it
                } else if character == ".", decimals < 0, cursor + 1 < characters.count,
                          characters[cursor + 1].isASCII, characters[cursor + 1].isNumber {
                    digits.append(".")
                    decimals = 0
                } else {
                    break
                }
                cursor += 1
            }
            if let number = Double(digits) {
                let (scale, end) = scale(after: characters, at: cursor)
                readings.append(Reading(number: number, scale: 1, decimals: max(decimals, 0)))
                if scale != 1 { readings.append(Reading(number: number, scale: scale, decimals: max(decimals, 0))) }
                // "1萬2,000": a Chinese scale word followed by the rest of the number.
                if scale >= 1e4, let rest = Self.readings(in: String(characters[end..<characters.count])).first,
                   rest.scale == 1, end < characters.count, characters[end].isASCII, characters[end].isNumber {
                    readings.append(Reading(number: number * scale + rest.number, scale: 1, decimals: rest.decimals))
                }
            }
            index = cursor
        }
        return readings + chineseNumerals(in: characters)
    }

    /// Chinese numerals from 1 to 99 written with characters (三, 十二, 二十三, 兩).
    static func chineseNumerals(in characters: [Character]) -> [Reading] {
        let digits: [Character: Double] = [
            "〇": 0, "一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
        ]
        var readings: [Reading] = []
        var index = 0
        while index < characters.count {
            guard digits[characters[index]] != nil || characters[index] == "十" else {
                index += 1
                continue
            }
            var total = 0.0
            var current = 0.0
            while index < characters.count,
                  let digit = digits[characters[index]] ?? (characters[index] == "十" ? -1 : nil) {
                if digit < 0 {
                    total += (current == 0 ? 1 : current) * 10
                    current = 0
                } else {
                    current = digit
                }
                index += 1
            }
            readings.append(Reading(number: total + current, scale: 1, decimals: 0))
        }
        return readings
    }

    /// True when the comma at `index` is followed by exactly three digits and then a non-digit.
    private static func isThousandsGroup(_ characters: [Character], after index: Int) -> Bool {
        guard index > 0, index + 3 < characters.count else { return false }
        for offset in 1...3 where !(characters[index + offset].isASCII && characters[index + offset].isNumber) {
            return false
        }
        let next = index + 4
        return next >= characters.count || !(characters[next].isASCII && characters[next].isNumber)
    }

    /// The multiplier of a scale word starting at `index` after optional spaces, or 1, and the
    /// position after the word.
    private static func scale(after characters: [Character], at index: Int) -> (Double, Int) {
        var cursor = index
        while cursor < characters.count, characters[cursor] == " " { cursor += 1 }
        let rest = String(characters[cursor..<min(characters.count, cursor + 8)]).lowercased()
        for (word, factor) in scaleWords where rest.hasPrefix(word) {
            let end = rest.index(rest.startIndex, offsetBy: word.count)
            // A Latin scale word must end there ("m" of "million" ok, "m" of "mm2" no).
            if word.first?.isASCII == true, end < rest.endIndex, rest[end].isLetter { continue }
            return (factor, cursor + word.count)
        }
        return (1, index)
    }
}
