import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Wall time and peak resident memory of one child process (from wait4's rusage, so each
/// measurement is the child's own).
struct Measurement {
    let seconds: Double
    let peakKilobytes: Int
    let status: Int32

    static func run(_ arguments: [String]) -> Measurement {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = Date()
        guard posix_spawnp(&pid, arguments[0], &actions, nil, &argv, environ) == 0 else {
            return Measurement(seconds: 0, peakKilobytes: 0, status: -1)
        }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        return Measurement(seconds: Date().timeIntervalSince(start), peakKilobytes: usage.ru_maxrss, status: status)
    }
}
