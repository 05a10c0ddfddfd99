/// Why the history could not be read for `report changes`.
public struct HistoryError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public let message: String

    /// An error saying `message`.
    public init(_ message: String) {
        self.message = message
    }

    /// `error: unknown revision 'x'`.
    public var description: String { "error: " + message }
}
