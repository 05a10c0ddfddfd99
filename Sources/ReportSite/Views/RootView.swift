import ReportModel
import ReportTemplates

/// What one page's templates see at the top: the page's own values, and the model's records,
/// each looked up on demand and recorded as a dependency of the page.
struct RootView: ViewLookup {
    let model: ViewModel
    let recorder: DependencyRecorder
    /// The page's own names: `page`, `item`, `chart`, `nav`, `content`, `toc`.
    let own: [String: ViewValue]
    let strings: ViewValue

    func value(named name: String) -> ViewValue? {
        if let value = own[name] { return value }
        switch name {
        case "site", "spec_fields", "strings": return fixed(name)
        case "reference": return reference()
        case "chips": return list(.chip)
        case "vendors": return list(.vendor)
        case "events": return list(.event)
        case "metrics": return list(.metric)
        case "sources": return list(.source)
        default: break
        }
        guard let kind = Self.byID[name] else { return nil }
        return .lookup(RecordIndexView(kind: kind, model: model, recorder: recorder))
    }

    var names: [String] {
        Array(own.keys) + ["site", "spec_fields", "strings", "reference", "chips", "vendors", "events", "metrics", "sources"]
            + Self.byID.keys
    }

    /// Names that look a record up by id: `{{chip.h20.name}}`.
    private static let byID: [String: RecordKind] = [
        "chip": .chip, "vendor": .vendor, "event": .event, "metric": .metric, "series": .series, "source": .source,
    ]

    private func fixed(_ name: String) -> ViewValue {
        switch name {
        case "site": model.site
        case "strings": strings
        default: .list(SpecField.allCases.map { ["key": .text($0.rawValue), "label": .text($0.label)] })
        }
    }

    private func reference() -> ViewValue {
        RecordIndexView(kind: .chip, model: model, recorder: recorder).value(named: model.project.settings.referenceChip)
            ?? .null
    }

    private func list(_ kind: RecordKind) -> ViewValue {
        let built = model.list(kind)
        recorder.record(built.reads)
        return built.value
    }
}
