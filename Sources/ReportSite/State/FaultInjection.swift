import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Test-only faults at the writer's file operations, so tests can stop a build at every step:
/// `REPORT_FAULT=kill:N` sends SIGKILL to the process at the N-th operation, `REPORT_FAULT=nospace:N`
/// makes the N-th and every later operation fail as a full disk would. Unset, it does nothing.
enum FaultInjection {
    private static let plan: (kind: String, at: Int)? = {
        guard let text = ProcessInfo.processInfo.environment["REPORT_FAULT"] else { return nil }
        let parts = text.split(separator: ":")
        guard parts.count == 2, let at = Int(parts[1]) else { return nil }
        return (String(parts[0]), at)
    }()
    private static let count = Atomic<Int>(0)

    /// Called before each file operation; throws or kills when the plan says so.
    static func point(_ what: String) throws {
        guard let plan else { return }
        let number = count.add(1, ordering: .relaxed).newValue
        guard number >= plan.at else { return }
        switch plan.kind {
        case "kill" where number == plan.at: kill(getpid(), SIGKILL)
        case "nospace": throw FileProblem(description: "cannot \(what): No space left on device (injected)", code: ENOSPC)
        default: break
        }
    }
}
