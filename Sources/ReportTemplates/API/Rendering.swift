/// What rendering a template produced and used.
public struct Rendering: Sendable {
    /// The rendered text.
    public let output: String
    /// The template rendered and every partial and parent it reached, by name.
    public let templates: Set<String>
    /// Names resolved on the root value, up to two segments (`chip.h20`, `chips`).
    public let rootNames: Set<String>
}
