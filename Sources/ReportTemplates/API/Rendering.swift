/// The output of a render, and what it read.
public struct Rendering: Sendable {
    /// The rendered text.
    public let output: String
    /// The rendered template and every partial and parent it reached.
    public let templates: Set<String>
}
