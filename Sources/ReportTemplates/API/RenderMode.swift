/// How strictly a template renders.
public enum RenderMode: Sendable {
    /// A name the view does not have, a missing partial, or an escaping mistake is an error.
    case strict
    /// The Mustache specification's behaviour: a missing name renders as nothing.
    case lenient
}
