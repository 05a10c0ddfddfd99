import ReportModel
import ReportTemplates

/// Which briefings discuss which chips and vendors: a briefing discusses a record when its
/// template names it (`chip.h20.…`, `vendor.huawei}}`) or links to its page (`chips/h20.html`).
struct Discussions: Sendable {
    /// Briefing pages by `chip:ID` / `vendor:ID`, in the briefings' order.
    private let byRecord: [String: [Page]]
    /// What a page listing them reads: every briefing's template and front matter.
    let reads: Set<DependencyKey>

    init(briefings: [Page], templates: TemplateLibrary, project: Project) {
        var byRecord: [String: [Page]] = [:]
        for briefing in briefings {
            guard let text = templates.files[briefing.template]?.text else { continue }
            for chip in project.chips where Self.mentions(text, "chip", "chips", chip.id) {
                byRecord["chip:" + chip.id, default: []].append(briefing)
            }
            for vendor in project.vendors where Self.mentions(text, "vendor", "vendors", vendor.id) {
                byRecord["vendor:" + vendor.id, default: []].append(briefing)
            }
        }
        self.byRecord = byRecord
        // A page's list depends on its own id (fixed for the page) and on what the briefings say.
        reads = Set(briefings.map { DependencyKey.template($0.template) } + [.briefings])
    }

    /// The list a chip or vendor page shows, with paths from a page one folder deep.
    func list(_ kind: String, _ id: String) -> [ViewValue] {
        (byRecord[kind + ":" + id] ?? []).map {
            ["title": .text($0.title), "path": .text("../" + $0.path + ".html"), "date": .text($0.date)]
        }
    }

    private static func mentions(_ text: String, _ name: String, _ folder: String, _ id: String) -> Bool {
        text.contains(name + "." + id + ".") || text.contains(name + "." + id + "}") || text.contains(folder + "/" + id + ".html")
    }
}
