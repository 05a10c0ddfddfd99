import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One input file's text, read with the checks every file in Data/ gets before it is parsed:
/// a size limit (so a huge file is refused before it costs memory), UTF-8, and no control
/// characters (YAML forbids them; in CSV they are never meant), each found at its line:column.
enum InputFile {
    /// The largest file read: far above real use (the default Data/ files are under 100 KB
    /// each); parsing costs a few times the file's size in memory. Documented in docs/DATA.md.
    static let maximumSize = 16 * 1024 * 1024

    /// What reading a file gave.
    enum Outcome: Equatable {
        case text(String)
        case missing
        /// A problem at a 1-based line and column (in Unicode scalars).
        case problem(String, line: Int, column: Int)
    }

    /// Reads `url`; `controls` says whether control characters are refused (YAML and CSV).
    static func read(_ url: URL, rejectingControls controls: Bool = true) -> Outcome {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            return errno == ENOENT || errno == ENOTDIR ? .missing : problem("cannot open the file")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return problem("cannot read the file") }
        guard status.st_mode & S_IFMT == S_IFREG else { return .problem("is not a regular file", line: 1, column: 1) }
        guard status.st_size <= maximumSize else {
            return .problem(
                "the file is \(megabytes(Int(status.st_size))); files in Data/ are limited to "
                    + "\(megabytes(maximumSize)) each (split it, or move the bulk to a series CSV)",
                line: 1, column: 1)
        }
        guard let bytes = readAll(descriptor, size: Int(status.st_size)) else { return problem("cannot read the file") }
        return check(bytes, rejectingControls: controls)
    }

    /// The file's `size` bytes into one buffer (no intermediate `Data`); nil on a read error.
    private static func readAll(_ descriptor: Int32, size: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: size)
        var count = 0
        while count < size {
            let read = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + count, size - count) }
            if read < 0, errno == EINTR { continue }
            guard read >= 0 else { return nil }
            if read == 0 { break }
            count += read
        }
        if count < size { bytes.removeSubrange(count...) }
        return bytes
    }

    private static func problem(_ reason: String) -> Outcome {
        .problem("\(reason): \(String(cString: strerror(errno)))", line: 1, column: 1)
    }

    /// The checks on bytes already read.
    static func check(_ bytes: [UInt8], rejectingControls controls: Bool = true) -> Outcome {
        guard let text = String(validating: bytes, as: UTF8.self) else { return firstInvalidByte(bytes) }
        if controls, let offset = bytes.firstIndex(where: isForbiddenControl) {
            let (line, column) = place(of: offset, in: bytes)
            return .problem(
                "control character \(name(of: bytes[offset])) is not allowed here", line: line, column: column)
        }
        return .text(text)
    }

    /// C0 controls other than tab, line feed and carriage return, and DEL.
    static func isForbiddenControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F
    }

    /// `U+0000 (NUL)`, `U+001B (ESC)`.
    static func name(of byte: UInt8) -> String {
        let names: [UInt8: String] = [0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x0C: "FF", 0x1B: "ESC", 0x7F: "DEL"]
        let hex = String(byte, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: 4 - hex.count) + hex
        return names[byte].map { "\(code) (\($0))" } ?? code
    }

    /// The place of the first byte that does not belong to a valid UTF-8 sequence.
    private static func firstInvalidByte(_ bytes: [UInt8]) -> Outcome {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
            case .emptyInput:
                return .problem("the file is not UTF-8", line: 1, column: 1)
            case .error:
                let (line, column) = place(of: offset, in: bytes)
                let byte = String(bytes[offset], radix: 16, uppercase: true)
                let shown = "0x" + (byte.count == 1 ? "0" : "") + byte
                return .problem(
                    "the file is not UTF-8: byte \(shown) does not belong to a valid character "
                        + "(save the file as UTF-8)",
                    line: line, column: column)
            }
        }
    }

    /// The 1-based line and column (in Unicode scalars) of the byte at `offset`; the bytes before
    /// it are valid UTF-8.
    static func place(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let before = bytes[..<offset]
        let lineStart = (before.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        // Every scalar has exactly one byte that is not a continuation byte (10xxxxxx).
        let column = bytes[lineStart..<offset].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return (line, column)
    }

    /// `16 MB`, `200.5 MB`, `900 KB`.
    static func megabytes(_ size: Int) -> String {
        if size < 1024 * 1024 { return "\(size / 1024) KB" }
        let tenths = (size * 10 + 512 * 1024) / (1024 * 1024)
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }
}
