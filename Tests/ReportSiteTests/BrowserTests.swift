import Foundation
import Testing
@testable import ReportSite

/// The default site as a reader's browser sees it: headless Chromium over file://. `make test`
/// installs chromium and fonts-noto-cjk (the Makefile's test-deps), so these always run there;
/// without a browser they fail rather than skip.
@Suite(.serialized) struct BrowserTests {
    static let output = FileManager.default.temporaryDirectory.appendingPathComponent("browser-site-\(UUID().uuidString)")

    /// The default project built once for the suite.
    static let built: Result<URL, any Error> = Result {
        _ = try Site.build(BuildOptions(root: DefaultProjectTests.root, output: output), incremental: false)
        return output
    }

    static var chromium: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The DOM after scripts ran, for `url` in a window `width` wide; `script` runs in the page first.
    static func dom(_ url: URL, query: String = "", width: Int = 1280, dark: Bool = false) throws -> String {
        let browser = try #require(chromium, "chromium is not installed: run make test-deps")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        let address = url.absoluteString + query
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--window-size=\(width),900",
            "--virtual-time-budget=5000", "--dump-dom", address,
        ] + (dark ? ["--force-dark-mode"] : [])
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func site() throws -> URL { try built.get() }

    @Test(arguments: [
        ("H20", "chips/h20.html"), ("昇腾", "chips/ascend-910c.html"), ("寒武纪", "vendors/cambricon.html"),
        ("英伟达", "vendors/nvidia.html"),
    ])
    func searchFindsThePageFromFile(query: String, expected: String) throws {
        let site = try Self.site()
        let encoded = query.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? query
        let dom = try Self.dom(site.appendingPathComponent("search.html"), query: "?q=" + encoded)
        let results = try #require(dom.range(of: "id=\"search-results\""), "no results list in \(dom.prefix(300))")
        let list = dom[results.upperBound...]
        #expect(list.contains("<a href=\"\(expected)\">"), "searching \(query) does not list \(expected)")
        #expect(list.contains("<mark>"), "searching \(query) highlights nothing")
        if query == "寒武纪" {
            #expect(list.contains("<mark>寒武纪</mark>"), "overlapping bigrams are not marked as one run")
        }
    }

    @Test func searchWorksFromASubPath() throws {
        let site = try Self.site()
        let mount = FileManager.default.temporaryDirectory.appendingPathComponent("mount-\(UUID().uuidString)")
        let copy = mount.appendingPathComponent("deep/path/site")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: site, to: copy)
        defer { try? FileManager.default.removeItem(at: mount) }
        let dom = try Self.dom(copy.appendingPathComponent("search.html"), query: "?q=H20")
        #expect(dom.contains("<a href=\"chips/h20.html\">"))
    }

    /// A footnote reference's visible text is its number alone; separators are their own elements.
    @Test func footnoteReferencesAreBareNumbers() throws {
        let dom = try Self.dom(try Self.site().appendingPathComponent("briefings/h20-round-trip.html"))
        var rest = dom[...]
        var count = 0
        while let start = rest.range(of: "data-footnote-ref=\"\">") ?? rest.range(of: "data-footnote-ref>") {
            let text = rest[start.upperBound...].prefix { $0 != "<" }
            #expect(!text.isEmpty && text.allSatisfy(\.isNumber), "footnote reference text '\(text)'")
            count += 1
            rest = rest[start.upperBound...]
        }
        #expect(count > 10)
        #expect(!dom.contains("footnote-ref + .footnote-ref"))
    }

    /// The value `expression` has in `page` once loaded (a copy of the page beside it runs it).
    static func probe(_ page: String, _ expression: String, width: Int = 1280, dark: Bool = false) throws -> String {
        let site = try Self.site()
        let original = site.appendingPathComponent(page)
        let target = original.deletingLastPathComponent().appendingPathComponent("probe-\(UUID().uuidString).html")
        let html = try String(contentsOf: original, encoding: .utf8)
        let script = "<script>addEventListener('load',()=>{document.body.setAttribute('data-probe',String("
            + expression + "))})</script>"
        try html.replacingOccurrences(of: "</body>", with: script + "</body>").write(to: target, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: target) }
        let dom = try Self.dom(target, width: width, dark: dark)
        guard let start = dom.range(of: "data-probe=\"") else { return "" }
        return String(dom[start.upperBound...].prefix { $0 != "\"" })
    }

    /// At phone width, only table wrappers scroll sideways; the page body does not.
    @Test(arguments: ["index.html", "compare.html", "briefings/what-is-at-stake.html", "chips/h20.html", "timeline.html",
                      "briefings/domestic-alternatives.html", "sources.html", "chips/index.html"])
    func thePageDoesNotScrollSidewaysOnAPhone(page: String) throws {
        let overflow = try Self.probe(page, "document.documentElement.scrollWidth-document.documentElement.clientWidth", width: 390)
        #expect(overflow == "0", "\(page) scrolls sideways at 390 px by \(overflow) px")
    }

    /// Inline charts follow the reader's colour scheme.
    @Test func inlineChartsFollowTheDarkScheme() throws {
        let page = "briefings/h20-round-trip.html"
        let fill = "getComputedStyle(document.querySelector('figure.chart svg .bg')).fill"
        let light = try Self.probe(page, fill)
        let dark = try Self.probe(page, fill, dark: true)
        #expect(light.hasPrefix("rgb("), "no chart background found: \(light)")
        #expect(light != dark, "the chart's background is \(light) in both schemes")
        let html = try String(contentsOf: try Self.site().appendingPathComponent(page), encoding: .utf8)
        #expect(!html.contains("<img src=\"../charts/"), "a chart is still an image in the HTML")
    }

    /// Every href and src of the default site resolves to a file, from the site's own folder
    /// (so from file:// and from any sub-path alike: no link starts with `/`).
    @Test func everyLinkOfTheDefaultSiteResolves() throws {
        let site = try Self.site()
        let files = tree(site)
        for (path, data) in files where path.hasSuffix(".html") && !path.contains("probe-") {
            let html = String(decoding: data, as: UTF8.self)
            for target in OutputTests.links(in: html) where !target.contains("://") && !target.hasPrefix("#")
                && !target.hasPrefix("mailto:") {
                #expect(!target.hasPrefix("/"), "\(path) links to the absolute path \(target)")
                let file = String(target.split(separator: "#", maxSplits: 1)[0].split(separator: "?")[0])
                let resolved = URL(fileURLWithPath: "/" + path).deletingLastPathComponent().appendingPathComponent(file)
                    .standardized.path
                #expect(files[String(resolved.dropFirst())] != nil, "\(path) links to \(target), which does not exist")
            }
        }
    }

    /// tidy reports no errors on any page of the default site.
    @Test func everyPageIsValidHTML() throws {
        let site = try Self.site()
        let tidy = try #require(["/usr/bin/tidy"].first { FileManager.default.isExecutableFile(atPath: $0) }, "tidy is missing")
        for path in tree(site).keys.sorted() where path.hasSuffix(".html") && !path.contains("probe-") {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tidy)
            process.arguments = ["-q", "-e", site.appendingPathComponent(path).path]
            let pipe = Pipe()
            process.standardError = pipe
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let report = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let errors = report.split(separator: "\n").filter { $0.contains("Error:") }
            #expect(errors.isEmpty, "\(path): \(errors.joined(separator: "; "))")
        }
    }
}
