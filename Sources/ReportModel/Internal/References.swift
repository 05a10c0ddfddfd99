/// Ids already read, so later files' references can be checked where they are written.
struct References {
    var sources: Set<String> = []
    var vendors: Set<String> = []
    var chips: Set<String> = []
    var events: Set<String> = []
    var metrics: Set<String> = []
    var series: Set<String> = []
    /// Files that could not be parsed: references into them are not checked, to avoid a
    /// cascade of errors that only repeat the syntax error.
    var unreadable: Set<String> = []
    /// Source ids some figure cites.
    var citedSources: Set<String> = []
}
