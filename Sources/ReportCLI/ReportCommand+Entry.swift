import ArgumentParser
import Foundation
import ReportModel

extension ReportCommand {
    /// Runs the command line. A first word that is no subcommand (`report biuld`) is a usage
    /// error with a suggestion, exit status 64, instead of argument parser's generic message.
    public static func main(arguments: [String]) async {
        if let message = unknownSubcommand(arguments) {
            message.forEach(Console.error)
            Foundation.exit(ExitStatus.usage.rawValue)
        }
        await main(arguments)
    }

    /// The error for a first word that is no subcommand, with the nearest one; nil otherwise.
    static func unknownSubcommand(_ arguments: [String]) -> [String]? {
        guard let word = arguments.first, !word.hasPrefix("-"), !subcommandNames.contains(word) else { return nil }
        return [
            "error: unknown command '\(word)'\(Suggestion.didYouMean(word, in: subcommandNames))",
            "Usage: report <subcommand>; the subcommands are \(subcommandNames.joined(separator: ", ")).",
        ]
    }

    /// `build`, `check`, `serve`, `archive`, `help`.
    static var subcommandNames: [String] {
        configuration.subcommands.map { $0._commandName } + ["help"]
    }
}
