/// Ids already read, so later files' references can be checked where they are written.
struct References {
    var sources: Set<String> = []
    var vendors: Set<String> = []
    var chips: Set<String> = []
    /// Source ids some figure cites.
    var citedSources: Set<String> = []
}
