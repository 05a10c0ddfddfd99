/// The rule for ids: `[a-z0-9-]+`, so they are safe as file names, URLs and anchors.
enum Identifier {
    static func isValid(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }
}
