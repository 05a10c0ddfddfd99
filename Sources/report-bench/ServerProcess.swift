import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A long-running child (`report serve`, `hugo server`) whose standard output and error go to a
/// log file; stopped with SIGINT (then SIGTERM, then SIGKILL, each after a bounded wait), and
/// reaped with wait4 so its own peak memory is known.
final class ServerProcess {
    let pid: pid_t
    let log: URL
    private(set) var status: Int32?
    private(set) var peakKilobytes = 0

    /// Starts `arguments` with output line-buffered (through stdbuf when present) into `log`.
    init?(_ arguments: [String], log: URL) {
        self.log = log
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let stdbuf = "/usr/bin/stdbuf"
        let buffered = FileManager.default.isExecutableFile(atPath: stdbuf)
        let command = buffered ? [stdbuf, "-oL", "-eL"] + arguments : arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log.path, O_WRONLY | O_APPEND, 0)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        guard posix_spawnp(&child, command[0], &actions, nil, &argv, environ) == 0 else { return nil }
        pid = child
    }

    /// True while the child has not exited (reaps it when it has).
    var isRunning: Bool {
        guard status == nil else { return false }
        var code: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &code, WNOHANG, &usage) == pid else { return true }
        status = code
        peakKilobytes = usage.ru_maxrss
        return false
    }

    /// The log so far.
    var output: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    /// Interrupts the child like Ctrl-C and waits for it, escalating if it does not exit.
    func stop() {
        for signal in [SIGINT, SIGTERM, SIGKILL] where isRunning {
            kill(pid, signal)
            let deadline = Date().addingTimeInterval(10)
            while isRunning, Date() < deadline { usleep(10_000) }
        }
    }
}
