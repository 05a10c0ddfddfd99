import Foundation
import FoundationXML
import Testing
@testable import ReportSite

@Suite struct OutputTests {
    static func builtFixture() throws -> (project: URL, site: [String: Data]) {
        let project = try Fixtures.project()
        _ = try Site.build(BuildOptions(root: project))
        return (project, tree(project.appendingPathComponent("site")))
    }

    @Test func everyChartIsWellFormedXMLWithTitleDescAndViewBox() throws {
        let (project, site) = try Self.builtFixture()
        defer { try? FileManager.default.removeItem(at: project) }
        let charts = site.filter { $0.key.hasPrefix("charts/") && $0.key.hasSuffix(".svg") }
        #expect(charts.count == 2)
        for (path, data) in charts {
            let parser = XMLParser(data: data)
            #expect(parser.parse(), "\(path) is not well-formed XML")
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.contains("<title"), "\(path) has no title")
            #expect(text.contains("<desc"), "\(path) has no desc")
            #expect(text.contains("viewBox=\""), "\(path) has no viewBox")
        }
    }

    @Test func everyRelativeLinkResolvesToAFile() throws {
        let (project, site) = try Self.builtFixture()
        defer { try? FileManager.default.removeItem(at: project) }
        for (path, data) in site where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for target in Self.links(in: html) where !target.contains("://") && !target.hasPrefix("#") && !target.hasPrefix("mailto:") {
                let file = String(target.split(separator: "#", maxSplits: 1)[0])
                let resolved = URL(fileURLWithPath: "/" + path).deletingLastPathComponent().appendingPathComponent(file).standardized.path
                #expect(site[String(resolved.dropFirst())] != nil, "\(path) links to \(target), which does not exist")
            }
        }
    }

    @Test func noExternalResourcesAreLoaded() throws {
        let (project, site) = try Self.builtFixture()
        defer { try? FileManager.default.removeItem(at: project) }
        for (path, data) in site where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!OutputTests.withoutOwnScripts(html).contains("<script"), "\(path) has a script not of ours")
            #expect(!html.contains("src=\"http"), "\(path) loads a remote resource")
            #expect(!html.contains("href=\"http") || !html.contains("rel=\"stylesheet\" href=\"http"), "\(path) loads a remote stylesheet")
        }
    }

    /// The HTML without the two scripts the search page loads (ours, from the site itself).
    static func withoutOwnScripts(_ html: String) -> String {
        var html = html
        for name in ["search-index.js", "assets/search.js"] {
            for root in ["", "../"] {
                html = html.replacingOccurrences(of: "<script src=\"\(root)\(name)\"></script>", with: "")
            }
        }
        return html
    }

    /// `href` and `src` attribute values, entities decoded.
    static func links(in html: String) -> [String] {
        var links: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = html[...]
            while let start = rest.firstRange(of: attribute) {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                links.append(String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
            }
        }
        return links
    }
}
