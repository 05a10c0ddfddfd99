import Foundation
import ReportModel
import ReportTemplates

/// `feed.xml`: an Atom feed of the briefings and the dated events, newest first; made only when
/// site.yaml sets an http(s) `base_url` (feed readers need absolute links).
struct AtomFeed: Producer {
    let phase = ProducerPhase.records

    func plan(_ site: SiteContext, pages: [PageSummary]) -> [PlannedOutput] {
        guard let base = PublisherFiles.base(site) else { return [] }
        return [PlannedOutput(id: "feed") { recorder in
            recorder.record(.briefings)
            recorder.record(.all(.event))
            return Product(files: ["feed.xml": Data(Self.feed(site, base: base).utf8)])
        }]
    }

    func note(_ site: SiteContext) -> String? {
        PublisherFiles.base(site) == nil ? "feed.xml skipped: site.yaml sets no http(s) base_url" : nil
    }

    private struct Entry {
        let id: String, title: String, summary: String, date: String, link: String
    }

    static func feed(_ site: SiteContext, base: String) -> String {
        let escape = TemplateLibrary.escapeHTML
        var entries: [Entry] = site.briefings.map {
            Entry(id: base + $0.path + ".html", title: $0.title, summary: $0.summary,
                  date: timestamp($0.isoDate ?? "1970"), link: base + $0.path + ".html")
        }
        // The id stays what it was before the timeline had pages: an entry's id never changes.
        entries += site.project.events.enumerated().map { position, event in
            Entry(id: base + "timeline.html#event-" + event.id, title: event.title, summary: event.summary,
                  date: timestamp(event.date.description),
                  link: base + TimelinePage.path(ofEventAt: position, in: site.project) + ".html")
        }
        entries.sort { ($0.date, $0.id) > ($1.date, $1.id) }
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        xml += "<title>" + escape(site.project.settings.title) + "</title>\n"
        xml += "<subtitle>" + escape(site.project.settings.description) + "</subtitle>\n"
        xml += "<id>" + escape(base) + "</id>\n<link href=\"" + escape(base) + "\"/>\n"
        xml += "<link rel=\"self\" href=\"" + escape(base) + "feed.xml\"/>\n"
        xml += "<updated>" + (entries.first?.date ?? timestamp("1970")) + "</updated>\n"
        xml += "<author><name>" + escape(site.project.settings.title) + "</name></author>\n"
        for entry in entries {
            xml += "<entry>\n<title>" + escape(entry.title) + "</title>\n<id>" + escape(entry.id) + "</id>\n"
            xml += "<link href=\"" + escape(entry.link) + "\"/>\n<updated>" + entry.date + "</updated>\n"
            xml += "<summary>" + escape(entry.summary) + "</summary>\n</entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// `2025-07` → `2025-07-01T00:00:00Z`: a partial date at its first day.
    static func timestamp(_ iso: String) -> String {
        var parts = iso.split(separator: "-").map(String.init)
        if parts.count == 2, let kind = parts[1].first, let number = Int(parts[1].dropFirst()), kind == "Q" || kind == "H" {
            let month = kind == "Q" ? (number - 1) * 3 + 1 : (number - 1) * 6 + 1
            parts[1] = month < 10 ? "0\(month)" : "\(month)"
        }
        let digits = parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
        guard digits, let year = parts.first, year.count == 4 else { return "1970-01-01T00:00:00Z" }
        let month = parts.count > 1 ? parts[1] : "01"
        let day = parts.count > 2 ? parts[2] : "01"
        return "\(year)-\(month)-\(day)T00:00:00Z"
    }
}
