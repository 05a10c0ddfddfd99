/// Reads what `BinaryWriter` wrote; every read fails with nil past the end, so a truncated
/// or foreign file is simply not used.
struct BinaryReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func uint64() -> UInt64? {
        guard offset + 8 <= bytes.count else { return nil }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
        offset += 8
        return value
    }

    mutating func byte() -> UInt8? {
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func string() -> String? {
        guard let count = uint64(), count <= UInt64(bytes.count - offset) else { return nil }
        let end = offset + Int(count)
        defer { offset = end }
        return String(decoding: bytes[offset..<end], as: UTF8.self)
    }

    /// A count of items to follow, refused when it could not fit in what is left.
    mutating func count() -> Int? {
        guard let value = uint64(), value <= UInt64(bytes.count - offset) else { return nil }
        return Int(value)
    }
}
