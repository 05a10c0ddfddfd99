#if canImport(Glibc)
import Glibc
#endif

extension Substring {
    /// The first occurrence of `needle`, compared byte for byte (memchr, memcmp): the page markup passes
    /// search long HTML many times, and character-level search costs far more.
    func byteRange(of needle: String) -> Range<String.Index>? {
        var needle = needle
        let found: Int?? = utf8.withContiguousStorageIfAvailable { haystack -> Int? in
            needle.withUTF8 { pattern -> Int? in
                guard !pattern.isEmpty, let base = haystack.baseAddress, let patternBase = pattern.baseAddress
                else { return nil }
                var offset = 0
                while offset + pattern.count <= haystack.count {
                    guard let hit = memchr(base + offset, Int32(pattern[0]), haystack.count - offset - pattern.count + 1)
                    else { return nil }
                    let position = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                    if memcmp(base + position, patternBase, pattern.count) == 0 { return position }
                    offset = position + 1
                }
                return nil
            }
        }
        let offset: Int?
        if let found {
            offset = found
        } else {
            offset = Array(utf8).firstRange(of: Array(needle.utf8)).map(\.lowerBound)
        }
        guard let offset else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }
}

extension String {
    /// The first occurrence of `needle`, compared byte for byte.
    func byteRange(of needle: String) -> Range<String.Index>? { self[...].byteRange(of: needle) }

    /// Every occurrence of `needle` replaced by `replacement`, in one pass, byte for byte.
    func replacingBytes(_ needle: String, with replacement: String) -> String {
        var output = ""
        var rest = self[...]
        while let found = rest.byteRange(of: needle) {
            output += rest[..<found.lowerBound]
            output += replacement
            rest = rest[found.upperBound...]
        }
        return output + rest
    }
}
