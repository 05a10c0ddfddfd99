import ReportModel
import Synchronization

/// Records' views kept from one build to the next by a long-lived process (`report serve`).
/// A view is used again only when the fingerprints of every key it was built from, and of the
/// keys every output depends on (settings, strings, version), hash as they did when it was
/// built: the same condition under which the engine keeps an output. An edit to one chip then
/// rebuilds that chip's view (and those that read it), not the thousand others that a list
/// page (compare, vendors) shows.
final class CarriedViews: Sendable {
    private let views = Mutex<[RecordKey: (view: BuiltView, hash: UInt64)]>([:])

    /// How many views are kept.
    var count: Int { views.withLock { $0.count } }

    /// The views still valid under this build's fingerprints.
    func valid(under fingerprints: Fingerprints) -> [RecordKey: BuiltView] {
        let carried = views.withLock { $0 }
        var valid: [RecordKey: BuiltView] = [:]
        for (key, entry) in carried where Self.hash(entry.view, fingerprints) == entry.hash {
            valid[key] = entry.view
        }
        return valid
    }

    /// Keeps the views a build ended with, replacing what was kept before.
    func keep(_ built: [RecordKey: BuiltView], under fingerprints: Fingerprints) {
        let entries = built.mapValues { (view: $0, hash: Self.hash($0, fingerprints)) }
        views.withLock { $0 = entries }
    }

    private static func hash(_ view: BuiltView, _ fingerprints: Fingerprints) -> UInt64 {
        fingerprints.hash(Array(view.reads.union(DependencyKey.always)))
    }
}

/// The last build's outputs as this process wrote them to the state folder: `report serve`
/// reads them from here instead of decoding the state file again (40-60 ms at N = 1,000).
/// Used only for the build id they were written with, which is the published site's.
final class CarriedOutputs: Sendable {
    private let last = Mutex<(build: UInt64, outputs: [String: OutputRecord])?>(nil)

    func outputs(of build: UInt64) -> [String: OutputRecord]? {
        last.withLock { $0?.build == build ? $0?.outputs : nil }
    }

    func keep(_ outputs: [String: OutputRecord], of build: UInt64) {
        last.withLock { $0 = (build, outputs) }
    }
}
