/// JSON written by hand, byte-stable, with `<`, `>` and `&` escaped so it stays inert if pasted
/// into a page.
enum JSONText {
    static func string(_ text: String) -> String { SearchIndex.literal(text) }

    static func optional(_ text: String?) -> String { text.map(string) ?? "null" }

    static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }

    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}
