import Foundation

/// What the machine is doing and where the benchmark writes: the load average and the
/// filesystem type and mount point of a folder.
enum Machine {
    /// The 1, 5 and 15 minute load averages, as /proc/loadavg prints them.
    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "n/a"
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    /// `ext2/ext3 (mounted as ext4 from /dev/sda1) on /` for the folder at `path`: `stat -f -c %T`,
    /// and the longest mount point in /proc/self/mounts that contains it, with its type and device.
    static func filesystem(of path: String) -> String {
        let type = capture(["/usr/bin/stat", "-f", "-c", "%T", path]) ?? "unknown"
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let mounts = (try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8)) ?? ""
        let entries = mounts.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
            .filter { $0.count > 2 }
            .map { (device: $0[0], point: $0[1].replacingOccurrences(of: "\\040", with: " "), type: $0[2]) }
        let containing = entries.filter {
            resolved == $0.point || resolved.hasPrefix($0.point == "/" ? "/" : $0.point + "/")
        }
        let longest = containing.map(\.point.count).max()
        // The last of the longest: a later mount on the same point hides the earlier ones.
        let mount = containing.last { $0.point.count == longest }
        guard let mount else { return "\(type) on an unknown mount point" }
        return "\(type) (mounted as \(mount.type) from \(mount.device)) on \(mount.point)"
    }

    private static func capture(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return process.terminationStatus == 0 && !text.isEmpty ? text : nil
    }
}
