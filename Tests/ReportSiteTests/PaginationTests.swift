import Foundation
import Testing
import ReportHistory
@testable import ReportSite

/// The timeline in pages of `page_size` events, and a vendor page's latest events only: what
/// keeps a page's size (and the build's memory) bounded however many events Data/ holds.
@Suite struct PaginationTests {
    /// The fixture with `count` events about Nvidia, one a day from 1 January 2024, before
    /// its own (15 April 2025), and `settings` appended to site.yaml.
    static func project(events count: Int, settings: String = "") throws -> URL {
        let project = try Fixtures.project()
        let data = project.appendingPathComponent("Data")
        var events = try String(contentsOf: data.appendingPathComponent("events.yaml"), encoding: .utf8)
        for number in 0..<count {
            let day = Calendar(identifier: .gregorian).date(
                byAdding: .day, value: number, to: DateComponents(calendar: .init(identifier: .gregorian), year: 2024, month: 1, day: 1).date!
            )!
            let date = ISO8601DateFormatter.string(from: day, timeZone: .gmt, formatOptions: [.withFullDate])
            events += """
                - id: event-\(number)
                  date: \(date)
                  title: Event number \(number)
                  category: nvidia
                  subjects: [nvidia]
                  summary: Summary \(number).
                  source: cnbc-2025-04-15-h20-charge
                  confidence: high

                """
        }
        try events.write(to: data.appendingPathComponent("events.yaml"), atomically: true, encoding: .utf8)
        let site = data.appendingPathComponent("site.yaml")
        try (String(contentsOf: site, encoding: .utf8) + settings).write(to: site, atomically: true, encoding: .utf8)
        return project
    }

    static func text(_ site: [String: Data], _ path: String) -> String {
        site[path].map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    @Test func theTimelineIsSplitIntoPagesOfPageSizeEvents() throws {
        // Five events and the fixture's own: three pages.
        let project = try Self.project(events: 5, settings: "page_size: 2\n")
        defer { try? FileManager.default.removeItem(at: project) }
        _ = try Site.build(BuildOptions(root: project))
        let site = tree(project.appendingPathComponent("site"))
        #expect(site.keys.filter { $0.hasPrefix("timeline") }.sorted() == [
            "timeline.html", "timeline.md", "timeline/2.html", "timeline/2.md", "timeline/3.html", "timeline/3.md",
        ])
        // Every event on exactly one page, in date order.
        let pages = ["timeline.md", "timeline/2.md", "timeline/3.md"].map { Self.text(site, $0) }
        for number in 0..<5 {
            let holding = pages.indices.filter { pages[$0].contains("Event number \(number)**") }
            #expect(holding == [number / 2], "event \(number) is on pages \(holding)")
        }
        #expect(pages[0].hasPrefix("# Timeline\n"))
        #expect(pages[1].hasPrefix("# Timeline, page 2 of 3\n"))
        // Each page links to the ones before and after it, relative to itself.
        #expect(!pages[0].contains("Previous page") && pages[0].contains("Page 1 of 3 · [Next page →](timeline/2.html)"))
        #expect(pages[1].contains("[← Previous page](../timeline.html) · Page 2 of 3 · [Next page →](../timeline/3.html)"))
        #expect(pages[2].contains("[← Previous page](../timeline/2.html) · Page 3 of 3") && !pages[2].contains("Next page"))
        #expect(Self.text(site, "timeline/2.html").contains("<title>Timeline, page 2 of 3"))
    }

    @Test func oneTimelinePageHasNoPager() throws {
        let project = try Self.project(events: 3)
        defer { try? FileManager.default.removeItem(at: project) }
        _ = try Site.build(BuildOptions(root: project))
        let site = tree(project.appendingPathComponent("site"))
        #expect(site.keys.filter { $0.hasPrefix("timeline") }.sorted() == ["timeline.html", "timeline.md"])
        #expect(!Self.text(site, "timeline.md").contains("Page 1"))
    }

    @Test func aLargerPageSizeRemovesThePagesItNoLongerNeeds() throws {
        let project = try Self.project(events: 5, settings: "page_size: 2\n")
        defer { try? FileManager.default.removeItem(at: project) }
        _ = try Site.build(BuildOptions(root: project))
        let settings = project.appendingPathComponent("Data/site.yaml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        try text.replacingOccurrences(of: "page_size: 2", with: "page_size: 4").write(to: settings, atomically: true, encoding: .utf8)
        _ = try Site.build(BuildOptions(root: project))
        let site = tree(project.appendingPathComponent("site"))
        #expect(site.keys.filter { $0.hasPrefix("timeline") }.sorted() == [
            "timeline.html", "timeline.md", "timeline/2.html", "timeline/2.md",
        ])
        #expect(Self.text(site, "timeline/2.md").contains("Event number 4**"))
        #expect(Self.text(site, "timeline.md").contains("Event number 3**"))
        #expect(!Self.text(site, "timeline/2.md").contains("Event number 3**"))
    }

    @Test func anAddedEventAddsAPageAndEveryPagerSaysSoIncrementally() throws {
        // Three events and the fixture's own: two pages; one more event makes three.
        let project = try Self.project(events: 3, settings: "page_size: 2\n")
        defer { try? FileManager.default.removeItem(at: project) }
        let options = BuildOptions(root: project)
        _ = try Site.build(options)
        let events = project.appendingPathComponent("Data/events.yaml")
        let text = try String(contentsOf: events, encoding: .utf8)
        try (text + """
            - id: event-late
              date: 2026-06-01
              title: Event number late
              category: nvidia
              subjects: [nvidia]
              summary: Late.
              source: cnbc-2025-04-15-h20-charge
              confidence: high

            """).write(to: events, atomically: true, encoding: .utf8)
        _ = try Site.build(options)
        let site = tree(options.output).filter { $0.key != ".report-site" }
        #expect(site == (try RandomIncrementalTests.cleanBuild(options)))
        #expect(Self.text(site, "timeline.md").contains("Page 1 of 3"))
        #expect(Self.text(site, "timeline/3.md").contains("Event number late**"))
    }

    @Test func linksToAnEventGoToThePageThatShowsIt() throws {
        let project = try Self.project(events: 5, settings: "page_size: 2\nbase_url: https://example.org/r/\n")
        defer { try? FileManager.default.removeItem(at: project) }
        let inputs = try Inputs.load(BuildOptions(root: project), lint: false)
        let text = ChangeText(project: inputs.site.project, strings: inputs.site.strings)
        #expect(text.path(.init(kind: .event, id: "event-0")) == "timeline.html")
        #expect(text.path(.init(kind: .event, id: "event-3")) == "timeline/2.html")
        #expect(text.path(.init(kind: .event, id: "2025-04-15-h20-charge")) == "timeline/3.html")
        let feed = AtomFeed.feed(inputs.site, base: "https://example.org/r/")
        #expect(feed.contains("<id>https://example.org/r/timeline.html#event-event-3</id>\n<link href=\"https://example.org/r/timeline/2.html\"/>"))
    }

    @Test func theTimelineStaysCurrentInTheNavigationOnEveryPage() throws {
        let project = try Self.project(events: 3, settings: "page_size: 2\n")
        defer { try? FileManager.default.removeItem(at: project) }
        _ = try Site.build(BuildOptions(root: project))
        let page = Self.text(tree(project.appendingPathComponent("site")), "timeline/2.html")
        #expect(page.contains("<a href=\"../timeline.html\" aria-current=\"page\">"))
    }

    @Test func aVendorPageListsItsLatestEventsAndSaysHowManyThereAre() throws {
        // limit + 5 events and the fixture's own, the latest: the first six are left out.
        let limit = ViewModel.vendorEventLimit
        let project = try Self.project(events: limit + 5)
        defer { try? FileManager.default.removeItem(at: project) }
        _ = try Site.build(BuildOptions(root: project))
        let page = Self.text(tree(project.appendingPathComponent("site")), "vendors/nvidia.md")
        #expect(!page.contains("Event number 5."))
        #expect(page.contains("Event number 6."))
        #expect(page.contains("Event number \(limit + 4)."))
        #expect(page.contains("Nvidia expects a charge of about $5.5 billion on the H20."))
        #expect(page.contains("The latest \(limit) of \(limit + 6) events; the timeline lists every one."))
    }
}
