/// How a render treats names the view does not have and mismatched escaping.
public enum RenderMode: Sendable {
    /// Ours, the default: a missing name, partial or layout, markup in `{{x}}`, text in `{{{x}}}`,
    /// a list or object in `{{x}}` and an unsupported tag are errors, all reported together.
    case strict
    /// The Mustache spec's behaviour: a missing name renders as nothing, `{{{x}}}` writes text as is.
    case lenient
}
