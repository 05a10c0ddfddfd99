import ReportCLI

@main
enum Report {
    static func main() async {
        Console.lineBuffered()
        await ReportCommand.main(arguments: Array(CommandLine.arguments.dropFirst()))
    }
}
