import Foundation

/// The version that invalidates every output when it changes: the release, and the size and
/// modification time of the running executable, so a rebuilt `report` re-renders everything.
enum ReportVersion {
    static let release = "report \(Site.version) (output format 2)"

    static let string: String = {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return release }
        return "\(release); executable \(info.st_size) bytes, modified \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }()
}
