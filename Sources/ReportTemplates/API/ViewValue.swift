/// What a template sees: a tree of text, pre-formatted markup, flags, lists and objects.
///
/// Plain `text` is escaped for the template's format (HTML or Markdown) and must be written
/// `{{name}}`; `raw` is markup the caller built safely and must be written `{{{name}}}`.
/// Strict rendering enforces both.
public indirect enum ViewValue: Sendable {
    /// Plain text, escaped on output.
    case text(String)
    /// Markup for the output format (HTML, or Markdown for briefings), written as is.
    case raw(String)
    /// A flag, for `{{#name}}` and `{{^name}}` sections.
    case bool(Bool)
    /// A list, iterated by sections.
    case list([ViewValue])
    /// Named values.
    case object([String: ViewValue])
    /// Nothing: the key exists, its value is absent.
    case null
    /// Named values answered on demand; a section over it pushes it as a context, like an object.
    case lookup(any ViewLookup)
}

extension ViewValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: ViewValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, ViewValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

extension ViewValue {
    /// Text, or null when nil.
    public static func text(_ value: String?) -> ViewValue { value.map { .text($0) } ?? .null }

    /// The value for `key`, when this is an object or a lookup.
    public subscript(key: String) -> ViewValue? { member(key) }

    /// A copy of this object with `key` set.
    public func setting(_ key: String, to value: ViewValue) -> ViewValue {
        guard case .object(var object) = self else { return self }
        object[key] = value
        return .object(object)
    }
}
