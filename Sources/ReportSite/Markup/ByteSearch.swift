#if canImport(Glibc)
import Glibc
#endif

/// Finds bytes in bytes (memchr for the first byte, memcmp for the rest): the page markup passes
/// search long HTML many times, and character-level search costs far more.
enum ByteSearch {
    /// The offset of the first `needle` in `haystack` at or after `start`.
    static func first(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int = 0)
        -> Int?
    {
        guard let first = needle.first, let base = haystack.baseAddress, let pattern = needle.baseAddress else { return nil }
        var offset = start
        while offset + needle.count <= haystack.count {
            guard let hit = memchr(base + offset, Int32(first), haystack.count - offset - needle.count + 1) else { return nil }
            let position = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if memcmp(base + position, pattern, needle.count) == 0 { return position }
            offset = position + 1
        }
        return nil
    }

    /// The offset of the first `needle` in `haystack` at or after `start`.
    static func first(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        needle.withUnsafeBufferPointer { first($0, in: haystack, from: start) }
    }

    /// Whether `needle` is in `haystack` at `offset`.
    static func matches(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset >= 0, offset + needle.count <= haystack.count, let base = haystack.baseAddress else { return false }
        return needle.withUnsafeBufferPointer { memcmp(base + offset, $0.baseAddress!, needle.count) == 0 }
    }
}

extension Array where Element == UInt8 {
    /// The index of the first `needle` at or after `start`.
    func firstIndex(of needle: [UInt8], from start: Int) -> Int? {
        withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { ByteSearch.first($0, in: haystack, from: start) }
        }
    }
}

extension Substring {
    /// The first occurrence of `needle`, compared byte for byte.
    func byteRange(of needle: String) -> Range<String.Index>? {
        var needle = needle
        let found: Int?? = utf8.withContiguousStorageIfAvailable { haystack in
            needle.withUTF8 { ByteSearch.first($0, in: haystack) }
        }
        guard let offset = found ?? Array(utf8).firstIndex(of: Array(needle.utf8), from: 0) else { return nil }
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
