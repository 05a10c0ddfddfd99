import Foundation
import ReportHistory
import ReportTemplates

/// `changes.xml`: an Atom feed with one entry per commit that changed the data; made only
/// when site.yaml sets a `base_url` (feed readers need absolute URLs) and there is a history.
struct ChangesFeed: Producer {
    let phase = ProducerPhase.records

    func plan(_ site: SiteContext, pages: [PageSummary]) -> [PlannedOutput] {
        guard let base = site.project.settings.baseURL, let newest = site.model.history.commits.first else { return [] }
        let prefix = base.hasSuffix("/") ? base : base + "/"
        let history = HistoryView(site: site)
        let title = site.project.settings.title + " — " + site.strings[.changesTitle]
        return [PlannedOutput(id: "feed:changes") { recorder in
            recorder.record(HistoryView.reads)
            var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            let language = Self.escape(site.project.settings.language)
            xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(language)\">\n"
            xml += "<title>\(Self.escape(title))</title>\n"
            xml += "<subtitle>\(Self.escape(site.strings[.changesSummary]))</subtitle>\n"
            xml += "<id>\(Self.escape(prefix + "changes.xml"))</id>\n"
            xml += "<link rel=\"self\" href=\"\(Self.escape(prefix + "changes.xml"))\"/>\n"
            xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(Self.escape(prefix + "changes.html"))\"/>\n"
            xml += "<updated>\(Self.escape(newest.date))</updated>\n"
            xml += "<author><name>\(Self.escape(site.project.settings.title))</name></author>\n"
            for commit in site.model.history.commits { xml += entry(commit, prefix: prefix, history: history) }
            xml += "</feed>\n"
            return Product(files: ["changes.xml": Data(xml.utf8)])
        }]
    }

    func note(_ site: SiteContext) -> String? {
        site.project.settings.baseURL == nil ? "changes.xml skipped: site.yaml sets no base_url" : nil
    }

    private func entry(_ commit: DataCommit, prefix: String, history: HistoryView) -> String {
        let items = commit.changes.map { "<li>" + TemplateLibrary.escapeHTML(history.text.text($0)) + "</li>" }.joined()
        var xml = "<entry>\n"
        xml += "<title>\(Self.escape(commit.subject))</title>\n"
        xml += "<id>\(Self.escape(prefix + "changes.html#" + commit.hash))</id>\n"
        xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(Self.escape(prefix + "changes.html"))\"/>\n"
        xml += "<updated>\(Self.escape(commit.date))</updated>\n"
        xml += "<content type=\"html\">\(Self.escape("<ul>" + items + "</ul>"))</content>\n"
        return xml + "</entry>\n"
    }

    /// XML text: `&`, `<`, `>` and quotes as entities; control characters XML forbids dropped.
    static func escape(_ text: String) -> String {
        let allowed = String(String.UnicodeScalarView(text.unicodeScalars.filter {
            $0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r"
        }))
        return TemplateLibrary.escapeHTML(allowed)
    }
}
