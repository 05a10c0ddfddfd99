import ReportCLI

ReportCommand.main()
