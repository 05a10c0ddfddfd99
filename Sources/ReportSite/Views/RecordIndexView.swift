import ReportModel
import ReportTemplates

/// Records of one kind by id (`chip.h20`): looking one up records it, and what its view
/// was built from, as dependencies of the page.
struct RecordIndexView: ViewLookup {
    let kind: RecordKind
    let model: ViewModel
    let recorder: DependencyRecorder

    func value(named id: String) -> ViewValue? {
        guard let built = model.view(RecordKey(kind, id)) else {
            recorder.record(.index(kind))
            return nil
        }
        recorder.record(built.reads)
        return built.value
    }

    var names: [String] { model.ids(of: kind) }
}
