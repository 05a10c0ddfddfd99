#if canImport(Glibc)
import Glibc
#endif

/// A file operation that failed, with the system's reason.
struct FileProblem: Error, CustomStringConvertible {
    let description: String

    /// The failure of the call just made, with `errno`'s text.
    static func errno(_ what: String) -> FileProblem {
        FileProblem(description: "\(what): \(String(cString: strerror(Glibc.errno)))")
    }
}
