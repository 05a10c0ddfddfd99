import ReportCLI

@main
enum Report {
    static func main() async {
        await ReportCommand.main(nil)
    }
}
