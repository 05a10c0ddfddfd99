/// A value that answers name lookups itself, when asked (e.g. a record's view built on demand).
public protocol ViewLookup: Sendable {
    /// The value of `name`; nil when there is no such name (strict rendering reports it).
    func value(named name: String) -> ViewValue?
    /// The names it offers, for "did you mean" suggestions only.
    var names: [String] { get }
}
