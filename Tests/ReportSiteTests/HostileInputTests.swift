import Foundation
import FoundationXML
import Testing
@testable import ReportSite

/// Data full of markup, quotes and script URLs must come out inert in HTML, Markdown, SVG and JSON.
@Suite struct HostileInputTests {
    static let fixture = Fixtures.root.appendingPathComponent("hostile")

    static func buildHostile() throws -> (URL, [String: Data]) {
        let project = try Fixtures.project()
        for path in FileManager.default.subpaths(atPath: fixture.path) ?? [] where path.hasSuffix(".yaml") {
            let target = project.appendingPathComponent(path)
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: fixture.appendingPathComponent(path), to: target)
        }
        _ = try Site.build(BuildOptions(root: project))
        return (project, tree(project.appendingPathComponent("site")))
    }

    @Test func hostileStringsAreInertInEveryOutput() throws {
        let (project, site) = try Self.buildHostile()
        defer { try? FileManager.default.removeItem(at: project) }
        let dangerous = ["<script", "<svg onload", "<img src=x", "<iframe", "onerror=\"alert", "href=\"javascript:", "src=\"javascript:", "</textarea>"]
        // CSV is data, not markup: its text is kept as written, and checked for quoting below.
        for (path, data) in site where !path.hasSuffix(".csv") {
            let text = OutputTests.withoutOwnScripts(String(decoding: data, as: UTF8.self))
            for pattern in dangerous {
                #expect(!text.contains(pattern), "\(path) contains \(pattern)")
            }
        }
        let huawei = String(decoding: try #require(site["vendors/huawei.html"]), as: UTF8.self)
        #expect(huawei.contains("&lt;script&gt;alert"))
        for (path, data) in site where path.hasSuffix(".csv") {
            let rows = Self.csvRows(String(decoding: data, as: UTF8.self))
            #expect(Set(rows.map(\.count)).count == 1, "\(path): rows of different lengths, quoting broke")
            #expect(!rows.joined().contains { "=+@".contains($0.first ?? " ") }, "\(path) has a cell read as a formula")
        }
        let figures = try #require(site["data/figures.json"])
        #expect((try? JSONSerialization.jsonObject(with: figures)) != nil, "data/figures.json does not parse")
        #expect(String(decoding: figures, as: UTF8.self).contains("\\u003cscript"))
        let index = String(decoding: try #require(site["search-index.js"]), as: UTF8.self)
        #expect(index.contains("\\u003cscript\\u003ealert"), "the search index does not escape markup")
        #expect(!index.contains("</script"))
        for (path, data) in site where path.hasSuffix(".svg") {
            #expect(XMLParser(data: data).parse(), "\(path) is not well-formed")
        }
    }

    /// RFC 4180 rows: quoted cells may hold commas, quotes (doubled) and line breaks.
    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { cell.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    cell.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(cell); cell = ""
            } else if character == "\r\n" || character == "\n" {
                row.append(cell); rows.append(row); row = []; cell = ""
            } else {
                cell.append(character)
            }
        }
        return rows
    }

    /// With a base_url, the feed, the canonical links and the meta tags carry hostile text inert.
    @Test func feedAndMetaTagsKeepHostileTextInert() throws {
        let project = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: project) }
        for path in FileManager.default.subpaths(atPath: Self.fixture.path) ?? [] where path.hasSuffix(".yaml") {
            let target = project.appendingPathComponent(path)
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: Self.fixture.appendingPathComponent(path), to: target)
        }
        try IncrementalTests.edit(project, "Data/site.yaml") { $0 + "base_url: https://example.org/site\n" }
        _ = try Site.build(BuildOptions(root: project))
        let site = tree(project.appendingPathComponent("site"))
        let feed = try #require(site["feed.xml"])
        #expect(XMLParser(data: feed).parse(), "feed.xml is not well-formed")
        for (path, data) in site where path.hasSuffix(".html") || path.hasSuffix(".xml") || path.hasSuffix(".js") {
            let text = OutputTests.withoutOwnScripts(String(decoding: data, as: UTF8.self))
            for pattern in ["<script", "href=\"javascript:", "content=\"javascript:", "<img src=x"] {
                #expect(!text.contains(pattern), "\(path) contains \(pattern)")
            }
        }
        let huawei = String(decoding: try #require(site["vendors/huawei.html"]), as: UTF8.self)
        let description = try #require(huawei.range(of: "<meta property=\"og:description\" content=\""))
        let value = huawei[description.upperBound...].prefix { $0 != "\"" }
        #expect(!value.contains("<") && !value.contains(">"), "og:description holds markup: \(value)")
    }

    @Test func idsThatCouldEscapeTheSiteAreRejected() throws {
        let project = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let chips = project.appendingPathComponent("Data/chips.yaml")
        let text = try String(contentsOf: chips, encoding: .utf8).replacingOccurrences(of: "- id: h100\n", with: "- id: ../../etc/h100\n")
        try text.write(to: chips, atomically: true, encoding: .utf8)
        #expect(checkMessages(project).contains("Data/chips.yaml:24:7: error: id '../../etc/h100' must be lower-case letters, digits and hyphens ([a-z0-9-]+)"))
    }
}
