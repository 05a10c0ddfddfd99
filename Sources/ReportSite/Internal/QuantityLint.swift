import Foundation
import ReportModel
import ReportTemplates

/// Finds quantities typed into a briefing's prose (`15%`, `$8B`, `148 TFLOPS`, `96 GB`,
/// `573億元`) instead of taken from the model, where they would carry no source and would
/// not change when the data does. Text inside `{{ }}` tags and front matter is skipped.
enum QuantityLint {
    private static let pattern = try! NSRegularExpression(pattern: [
        #"(?<![\w.])\d[\d,]*(\.\d+)?\s?(%|percent\b|TFLOPS\b|PFLOPS\b|EFLOPS\b|TOPS\b|GB/s|TB/s|GB\b|TB\b|kW\b|W\b|nm\b|[bB]illion\b|[mM]illion\b|[tT]rillion\b|bn\b|×)"#,
        #"(US)?[$¥€]\s?\d[\d,]*(\.\d+)?(\s?(billion|million|trillion|bn|B|M|k)\b)?"#,
        #"\bRMB\s?\d[\d,]*(\.\d+)?(\s?(billion|million|trillion|bn)\b)?"#,
        #"\d[\d,.]*\s?(億|萬|亿|万)?(美元|元)"#,
    ].joined(separator: "|"))

    static func warnings(in file: TemplateFile) -> [Diagnostic] {
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var inFrontMatter = file.frontMatter != nil
        var warnings: [Diagnostic] = []
        for (index, line) in lines.enumerated() {
            if inFrontMatter {
                if index > 0, line == "---" { inFrontMatter = false }
                continue
            }
            let prose = maskingTags(line)
            let range = NSRange(prose.startIndex..., in: prose)
            for match in pattern.matches(in: prose, range: range) {
                guard let found = Range(match.range, in: prose) else { continue }
                let column = prose.unicodeScalars.distance(from: prose.unicodeScalars.startIndex, to: found.lowerBound.samePosition(in: prose.unicodeScalars) ?? prose.unicodeScalars.startIndex) + 1
                let place = SourceLocation(file: file.path, line: index + 1, column: column)
                warnings.append(.warning("'\(prose[found])' is typed into the template; take it from the model so it carries its source", at: place))
            }
        }
        return warnings
    }

    /// The line with every `{{...}}` tag replaced by spaces (columns stay where they were).
    static func maskingTags(_ line: String) -> String {
        var output = ""
        var depth = 0
        var previous: Character?
        for character in line {
            if character == "{", previous == "{" { depth = 1 }
            if depth > 0 {
                output.append(" ")
                if character == "}", previous == "}" { depth = 0 }
            } else {
                output.append(character)
            }
            previous = depth > 0 || character == "{" ? character : nil
        }
        return output
    }
}
