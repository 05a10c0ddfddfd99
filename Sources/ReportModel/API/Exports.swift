// Problems found in Data/ travel as the project's one diagnostic type.
@_exported import ReportDiagnostics
