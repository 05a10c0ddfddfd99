import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The warm case: a server (`report serve`, `hugo server`) running on loopback over the corpus,
/// one chip's figure edited on disk, and the time from the edit until the chip's page on disk
/// holds the new value. Every wait is bounded in time; the server is stopped at the end.
struct WarmEdit {
    /// `report serve` or `hugo server`, for messages.
    let name: String
    /// The server's command line, listening on `port`.
    let arguments: [String]
    let port: UInt16
    /// A file that exists once the first build has written the site.
    let ready: URL
    /// The chip page that shows the edited figure.
    let page: URL
    /// Writes the figure into the data on disk.
    let edit: (Int) throws -> Bool
    /// The text the page holds once it shows a figure.
    let shows: (Int) -> String
    let log: URL
    /// The bound on each wait: the first build, and each edit.
    let timeout: TimeInterval

    /// Edits the figure to each value in turn; the first edit warms up and is not timed.
    /// Each measurement carries the server's peak memory over the whole session.
    func measure(values: [Int]) -> [Measurement] {
        guard let server = ServerProcess(arguments, log: log) else {
            say("  \(name): could not start")
            return [Measurement(seconds: .nan, peakKilobytes: 0, status: -1)]
        }
        defer { server.stop() }
        let started = Date()
        guard waitUntil({ Loopback.accepts(port) && FileManager.default.fileExists(atPath: ready.path) },
                        while: server) else {
            say("  \(name): no first build within \(Int(timeout)) s; log: \(log.path)")
            return [Measurement(seconds: .nan, peakKilobytes: 0, status: -1)]
        }
        let line = server.output.split(separator: "\n").first { !$0.isEmpty }.map { " (log: \($0))" } ?? ""
        say("  \(name) on 127.0.0.1:\(port): first build served after "
            + String(format: "%.2f", Date().timeIntervalSince(started)) + " s\(line)")
        var seconds: [Double] = []
        var failed = false
        for (index, value) in values.enumerated() {
            settle(server)
            let start = Date()
            guard (try? edit(value)) == true else { failed = true; break }
            let needle = Data(shows(value).utf8)
            let landed = waitUntil({ FileManager.default.contents(atPath: page.path)?.range(of: needle) != nil },
                                   while: server, sleep: 2_000)
            guard landed else {
                say("  \(name): the page did not show the edit within \(Int(timeout)) s; log: \(log.path)")
                failed = true
                break
            }
            if index > 0 { seconds.append(Date().timeIntervalSince(start)) }
        }
        settle(server)
        server.stop()
        say("  \(name): edit → page on disk, each timed edit: "
            + seconds.map { String(format: "%.3f", $0) }.joined(separator: ", ") + " s")
        let peak = server.peakKilobytes
        var runs = seconds.map { Measurement(seconds: $0, peakKilobytes: peak, status: 0) }
        if failed { runs.append(Measurement(seconds: .nan, peakKilobytes: peak, status: 1)) }
        return runs
    }

    /// Polls `condition` every `sleep` microseconds until it holds, the server exits or the
    /// timeout passes.
    private func waitUntil(_ condition: () -> Bool, while server: ServerProcess, sleep: UInt32 = 20_000) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline, server.isRunning {
            if condition() { return true }
            usleep(sleep)
        }
        return false
    }

    /// Waits until the server's log has been quiet for 300 ms (its rebuild finished), bounded.
    private func settle(_ server: ServerProcess) {
        let deadline = Date().addingTimeInterval(min(timeout, 30))
        var size = -1, quietSince = Date()
        while Date() < deadline, server.isRunning {
            let now = (try? FileManager.default.attributesOfItem(atPath: log.path)[.size] as? Int) ?? 0
            if now != size {
                size = now
                quietSince = Date()
            } else if Date().timeIntervalSince(quietSince) >= 0.3 {
                return
            }
            usleep(20_000)
        }
    }
}
