import ReportModel
import ReportTemplates

/// Decides the pages of a site: the index, a page per briefing template, and the generated
/// pages (one per chip and vendor, the comparison, the timeline, the sources).
struct SitePlan {
    let project: Project
    let templates: TemplateLibrary
    let view: ProjectView
    private(set) var messages: [String] = []

    init(project: Project, templates: TemplateLibrary, view: ProjectView) {
        self.project = project
        self.templates = templates
        self.view = view
    }

    static let sourcesPath = "sources"

    static let generatedTemplates = [
        "pages/index.md", "pages/chip.md", "pages/vendor.md", "pages/compare.md", "pages/timeline.md", "pages/sources.md",
    ]

    mutating func pages() -> [Page] {
        for name in Self.generatedTemplates where templates.files[name] == nil {
            messages.append("Templates/\(name).mustache:1:1: error: the site needs this template; it is missing")
        }
        let briefings = briefingPages()
        let briefingList: ViewValue = .list(briefings.map {
            ["title": .text($0.title), "summary": .text($0.summary), "date": .text($0.date), "path": .text($0.path + ".html"), "md_path": .text($0.path + ".md")]
        })
        var pages = [Page(path: "index", template: "pages/index.md", title: project.settings.title, summary: project.settings.description, date: nil, tags: [], item: ["briefings": briefingList], rawHTML: false, subject: .briefingList)]
        pages += briefings
        pages += project.chips.map { chip in
            Page(path: "chips/\(chip.id)", template: "pages/chip.md", title: view.displayName(chip.name, chip.nameZh), summary: chip.summary, date: nil, tags: [], item: view.chipView(chip), rawHTML: false, subject: .chip(chip.id))
        }
        pages += project.vendors.map { vendor in
            Page(path: "vendors/\(vendor.id)", template: "pages/vendor.md", title: view.displayName(vendor.name, vendor.nameZh), summary: vendor.summary, date: nil, tags: [], item: view.vendorView(vendor), rawHTML: false, subject: .vendor(vendor.id))
        }
        pages.append(Page(path: "compare", template: "pages/compare.md", title: "All chips compared", summary: "Every spec of every chip, with its source.", date: nil, tags: [], item: .null, rawHTML: false))
        pages.append(Page(path: "timeline", template: "pages/timeline.md", title: "Timeline", summary: "Every dated event, with its source.", date: nil, tags: [], item: .null, rawHTML: false))
        pages.append(Page(path: Self.sourcesPath, template: "pages/sources.md", title: "Sources", summary: "Every source, what we quote from it, and where.", date: nil, tags: [], item: .null, rawHTML: false, subject: .sourcesList))
        return pages
    }

    private mutating func briefingPages() -> [Page] {
        var pages: [(BriefingMetadata, Page)] = []
        for name in templates.names(withPrefix: "briefings/") where name.hasSuffix(".md") {
            guard let file = templates.files[name] else { continue }
            guard let frontMatter = file.frontMatter else {
                messages.append("\(file.path):1:1: error: a briefing starts with front matter (---, title, date, summary, ---)")
                continue
            }
            do {
                let metadata = try BriefingMetadata.parse(frontMatter, file: file.path, line: file.frontMatterLine)
                let slug = String(name.dropFirst("briefings/".count).dropLast(".md".count))
                guard slug.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }) else {
                    messages.append("\(file.path):1:1: error: a briefing's file name must be lower-case letters, digits and hyphens")
                    continue
                }
                pages.append((metadata, Page(
                    path: "briefings/\(slug)", template: name, title: metadata.title, summary: metadata.summary,
                    date: metadata.date.text, tags: metadata.tags, item: .null, rawHTML: metadata.rawHTML
                )))
            } catch let error as DiagnosticError {
                messages += error.errors.map(\.description)
            } catch {
                messages.append("\(file.path):1:1: error: \(error)")
            }
        }
        return pages.sorted { ($0.0.order, $0.0.title) < ($1.0.order, $1.0.title) }.map(\.1)
    }
}
