import ReportCLI

@main
enum Report {
    static func main() async {
        ProcessMemory.returnLargeBlocks()
        Console.lineBuffered()
        await ReportCommand.main(arguments: Array(CommandLine.arguments.dropFirst()))
    }
}
