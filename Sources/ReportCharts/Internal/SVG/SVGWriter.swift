/// Builds SVG text one element per line; every attribute value and text node is escaped.
struct SVGWriter: Sendable {
    private(set) var output = ""
    private var depth = 0
}

extension SVGWriter {
    /// An attribute list in output order.
    typealias Attributes = [(String, String)]

    /// Writes `<name attributes>` and indents what follows.
    mutating func open(_ name: String, _ attributes: Attributes = []) {
        line("<\(name)\(Self.text(of: attributes))>")
        depth += 1
    }

    /// Writes `</name>`.
    mutating func close(_ name: String) {
        depth -= 1
        line("</\(name)>")
    }

    /// Writes a complete element, empty or with escaped text; `title` becomes a `<title>` child.
    mutating func element(_ name: String, _ attributes: Attributes, text: String? = nil, title: String? = nil) {
        let head = "<\(name)\(Self.text(of: attributes))"
        let tooltip = title.map { "<title>\($0.xmlEscaped)</title>" } ?? ""
        if text == nil && title == nil {
            line(head + "/>")
        } else {
            line(head + ">" + tooltip + (text ?? "").xmlEscaped + "</\(name)>")
        }
    }

    /// Writes pre-built, already escaped markup as is.
    mutating func raw(_ markup: String) {
        line(markup)
    }

    private mutating func line(_ text: String) {
        output += String(repeating: " ", count: depth * 2) + text + "\n"
    }

    private static func text(of attributes: Attributes) -> String {
        attributes.map { " \($0.0)=\"\($0.1.xmlEscaped)\"" }.joined()
    }
}
