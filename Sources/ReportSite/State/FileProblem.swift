#if canImport(Glibc)
import Glibc
#endif

/// A file operation that failed, with the system's reason.
struct FileProblem: Error, CustomStringConvertible {
    let description: String
    /// The system's error number, when a call failed (`ENOENT`, `ENOSPC`...).
    var code: Int32?

    /// The failure of the call just made, with `errno`'s text.
    static func errno(_ what: String) -> FileProblem {
        let code = Glibc.errno
        return FileProblem(description: "\(what): \(String(cString: strerror(code)))", code: code)
    }

    /// Whether the file the operation needed was not there.
    var isMissingFile: Bool { code == ENOENT }
}
