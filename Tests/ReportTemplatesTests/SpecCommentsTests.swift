import ReportTemplates
import Testing

/// The spec's comments: never in the output; standalone comment lines disappear.
@Suite struct SpecCommentsTests {
    static let cases: [SpecCase] = [
        SpecCase("an inline comment is removed", "ab{{! note }}cd", "abcd"),
        SpecCase("a comment may span lines", "ab{{!\n one\n two\n}}cd\n", "abcd\n"),
        SpecCase("a standalone comment line is removed", "a\n{{! note }}\nb\n", "a\nb\n"),
        SpecCase("an indented standalone comment line is removed", "a\n   {{! note }}\nb\n", "a\nb\n"),
        SpecCase("CRLF ends a standalone comment line", "|\r\n{{! note }}\r\n|", "|\r\n|"),
        SpecCase("standalone needs no previous line", "  {{! note }}\n!", "!"),
        SpecCase("standalone needs no following newline", "!\n  {{! note }}", "!\n"),
        SpecCase("a standalone comment over several lines is removed", "a\n{{!\nmany\n}}\nb\n", "a\nb\n"),
        SpecCase("an indented multi-line standalone comment is removed", "a\n  {{!\n  x\n  }}\nb\n", "a\nb\n"),
        SpecCase("a comment after text keeps the whitespace", "  ab {{! c }}\n", "  ab \n"),
        SpecCase("whitespace around a comment stays", "ab {{! c }} cd", "ab  cd"),
    ]

    @Test(arguments: cases) func behaviour(_ spec: SpecCase) throws {
        try spec.check()
    }
}
