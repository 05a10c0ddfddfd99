import ArgumentParser
import Foundation
import ReportModel

extension ReportCommand {
    /// `report archive`.
    struct Archive: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "archive",
            abstract: "Write the clean archived copy of a scraped source text.",
            discussion: """
                Reads NAME.original.txt and writes NAME.txt beside it with converter artefacts \
                (pinyin after characters, e.g. 創(chuàng)) and the junk after a line `end` removed. \
                Excerpts quoted from the source are checked against NAME.txt.
                """
        )

        @Argument(help: ArgumentHelp("The original text, named NAME.original.txt.", valueName: "file"))
        var original: String

        func validate() throws {
            guard original.hasSuffix(".original.txt") else {
                throw ValidationError("the file's name must end in .original.txt")
            }
        }

        func run() throws {
            guard let data = FileManager.default.contents(atPath: original), let text = String(data: data, encoding: .utf8) else {
                Console.error("error: cannot read \(original) as UTF-8 text")
                throw ExitStatus.missingInput
            }
            let cleanPath = String(original.dropLast(".original.txt".count)) + ".txt"
            try Data(ArchiveText.clean(text).utf8).write(to: URL(fileURLWithPath: cleanPath))
            print("Wrote \(cleanPath).")
        }
    }
}
