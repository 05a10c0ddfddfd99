import Foundation
import Testing
import ReportHistory
@testable import ReportSite

/// The data's history, read from a scripted git repository, on the site, in the feed and from
/// `Site.changes`.
@Suite struct HistoryTests {
    static func scripted() throws -> GitProject {
        let project = try GitProject.create(siteYAML: HistoryScript.siteYAML)
        try HistoryScript.apply(to: project)
        return project
    }

    static func text(_ site: URL, _ path: String) -> String {
        (try? String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    @Test func whatChangedPageListsEveryDataCommitButTheReformat() throws {
        let project = try Self.scripted()
        defer { try? FileManager.default.removeItem(at: project.root) }
        _ = try Site.build(BuildOptions(root: project.root))
        let page = Self.text(project.root.appendingPathComponent("site"), "changes.md")
        let body = page.components(separatedBy: "first.\n\n").dropFirst().joined()
        #expect(body == HistoryExpectations.changesPage, "\(body)")
    }

    @Test func chipPageShowsRevisionsUnderTheFigure() throws {
        let project = try Self.scripted()
        defer { try? FileManager.default.removeItem(at: project.root) }
        _ = try Site.build(BuildOptions(root: project.root))
        let site = project.root.appendingPathComponent("site")
        #expect(Self.text(site, "chips/h20.md").contains(HistoryExpectations.h20Revisions))
        #expect(Self.text(site, "chips/ascend-910c.md").contains(HistoryExpectations.ascendRevisions))
        #expect(!Self.text(site, "vendors/huawei.md").contains("Revisions"))
    }

    @Test func feedHasOneEntryPerDataCommitAndIsValidAtom() throws {
        let project = try Self.scripted()
        defer { try? FileManager.default.removeItem(at: project.root) }
        _ = try Site.build(BuildOptions(root: project.root))
        let feed = project.root.appendingPathComponent("site/changes.xml")
        let xml = Self.text(project.root.appendingPathComponent("site"), "changes.xml")
        #expect(xml.components(separatedBy: "<entry>").count - 1 == 5)
        #expect(xml.contains("<updated>2026-02-05T09:00:00+00:00</updated>"))
        #expect(xml.contains(HistoryExpectations.feedEntry), "\(xml)")
        #expect(xml.contains(HistoryExpectations.feedContent), "\(xml)")
        #expect(try GitProject.run(["xmllint", "--noout", feed.path]) == "")
    }

    @Test func hostileSubjectIsInertInHTMLMarkdownAndAtom() throws {
        let project = try Self.scripted()
        defer { try? FileManager.default.removeItem(at: project.root) }
        _ = try Site.build(BuildOptions(root: project.root))
        let site = project.root.appendingPathComponent("site")
        for path in ["changes.html", "changes.md", "changes.xml", "index.html"] {
            let text = Self.text(site, path)
            #expect(!text.contains("<script"), "\(path) carries a live script tag")
            #expect(!text.contains("href=\"javascript"), "\(path) carries a live javascript: link")
        }
        #expect(Self.text(site, "changes.md").contains(
            "## 2 February 2026: &lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; 'single' "
                + "\\[link\\](javascript:x)"))
        #expect(Self.text(site, "changes.xml").contains(
            "<title>&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39; "
                + "[link](javascript:x)</title>"))
    }

    @Test func changesSinceARevisionAsJSON() throws {
        let project = try Self.scripted()
        defer { try? FileManager.default.removeItem(at: project.root) }
        try project.replace("      value: 96\n", with: "      value: 80\n", in: "Data/chips.yaml")
        let report = try Site.changes(BuildOptions(root: project.root), since: "HEAD")
        #expect(report.lines == [
            "H20 Memory: 96 GB → 80 GB",
        ])
        let head = try project.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(report.json == HistoryExpectations.json(commit: head), "\(report.json)")
    }

    @Test func shallowCloneBuildsAndSaysHistoryIsLimited() throws {
        let project = try Self.scripted()
        defer { try? FileManager.default.removeItem(at: project.root) }
        let clone = try project.shallowClone()
        defer { try? FileManager.default.removeItem(at: clone) }
        let report = try Site.build(BuildOptions(root: clone))
        #expect(report.notes.contains { $0.contains("history is limited") })
        let page = Self.text(clone.appendingPathComponent("site"), "changes.md")
        #expect(page.contains("*History is limited: this is a shallow clone, so older revisions are not shown.*"))
        #expect(!page.contains("## "))
    }

    @Test func rebuildWithUnchangedHistoryLoadsNoOldVersion() throws {
        let project = try Self.scripted()
        defer { try? FileManager.default.removeItem(at: project.root) }
        let options = BuildOptions(root: project.root)
        #expect(try Inputs.load(options, lint: false).site.model.history.versionsLoaded == 7)
        #expect(try Inputs.load(options, lint: false).site.model.history.versionsLoaded == 0)
        _ = try Site.build(options)
        try project.replace("      value: 96\n", with: "      value: 80\n", in: "Data/chips.yaml")
        try project.commit("Revise the H20's memory", date: "2026-02-07T09:00:00+00:00")
        let history = try Inputs.load(options, lint: false).site.model.history
        #expect(history.versionsLoaded == 1)
        #expect(history.commits.first?.subject == "Revise the H20's memory")
    }

    @Test func commitThatChangesNoFileStillRebuildsTheHistory() throws {
        let project = try Self.scripted()
        defer { try? FileManager.default.removeItem(at: project.root) }
        let options = BuildOptions(root: project.root)
        try project.replace("      value: 96\n", with: "      value: 80\n", in: "Data/chips.yaml")
        _ = try Site.build(options)
        try project.commit("Revise the H20's memory", date: "2026-02-07T09:00:00+00:00")
        let report = try Site.build(options)
        #expect(report.rendered > 0)
        let page = Self.text(project.root.appendingPathComponent("site"), "changes.md")
        #expect(page.contains("Revise the H20's memory"))
    }

    @Test func theRefStampChangesWithEveryCommitCheckoutAndWorktree() throws {
        let project = try Self.scripted()
        defer { try? FileManager.default.removeItem(at: project.root) }
        let reader = HistoryReader(root: project.root, cache: nil)
        let first = try #require(reader.refStamp())
        #expect(reader.refStamp() == first)
        // A commit that touches no file under Data/ still moves the branch.
        try project.write("README.md", "notes\n")
        try project.commit("Notes", date: "2026-03-01T09:00:00+00:00")
        let afterCommit = try #require(reader.refStamp())
        #expect(afterCommit != first)
        _ = try project.git("checkout", "-q", "-b", "other")
        #expect(reader.refStamp() != afterCommit)
        // A worktree: its HEAD is its own, its refs the main repository's.
        let tree = project.root.deletingLastPathComponent().appendingPathComponent("wt-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: tree) }
        _ = try project.git("worktree", "add", "-q", "-b", "side", tree.path)
        let side = HistoryReader(root: tree, cache: nil)
        let before = try #require(side.refStamp())
        #expect(before.contains("refs/heads/side"))
        _ = try GitProject.run(["git", "-C", tree.path, "-c", "user.name=T", "-c", "user.email=t@example.com",
                                "commit", "-q", "--allow-empty", "-m", "Empty"])
        #expect(side.refStamp() != before)
        // A project reached through a symbolic link is still in its repository.
        let link = project.root.deletingLastPathComponent().appendingPathComponent("link-\(UUID().uuidString)")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: project.root)
        defer { try? FileManager.default.removeItem(at: link) }
        let linked = HistoryReader(root: link, cache: nil)
        let viaLink = try #require(linked.refStamp())
        #expect(viaLink != "no repository")
        // HEAD → refs/heads/alias → refs/heads/other: a commit moves the end of the chain.
        try project.write(".git/refs/heads/alias", "ref: refs/heads/other\n")
        try project.write(".git/HEAD", "ref: refs/heads/alias\n")
        let chained = try #require(linked.refStamp())
        try project.commit("Through the alias", date: "2026-03-02T09:00:00+00:00")
        #expect(linked.refStamp() != chained)
        // Refs in a reftable are not files to stat: git is asked instead.
        try FileManager.default.createDirectory(
            at: project.root.appendingPathComponent(".git/reftable"), withIntermediateDirectories: true)
        #expect(linked.refStamp() == nil)
        // Outside any repository there is nothing to stamp.
        let bare = FileManager.default.temporaryDirectory.appendingPathComponent("plain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: bare, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: bare) }
        #expect(HistoryReader(root: bare, cache: nil).refStamp() == "no repository")
    }

    @Test func buildSaysWhichFiguresChangedSinceThePreviousBuild() throws {
        let project = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let options = BuildOptions(root: project)
        #expect(try Site.build(options).figureChanges == nil)
        let chips = project.appendingPathComponent("Data/chips.yaml")
        let text = try String(contentsOf: chips, encoding: .utf8)
        try text.replacingOccurrences(of: "      value: 148\n", with: "      value: 150\n")
            .write(to: chips, atomically: true, encoding: .utf8)
        #expect(try Site.build(options).figureChanges == "1 figure changed: H20 FP16 dense: 148 TFLOPS → 150 TFLOPS")
    }

    @Test func projectOutsideARepositorySaysNoHistoryIsAvailable() throws {
        let project = try Fixtures.project()
        defer { try? FileManager.default.removeItem(at: project) }
        _ = try Site.build(BuildOptions(root: project))
        let page = Self.text(project.appendingPathComponent("site"), "changes.md")
        #expect(page.contains("*No history is available: the data is not kept in a git repository.*"))
    }
}

/// Incremental builds over commits equal clean builds: the history is an input like any other.
@Suite struct HistoryIncrementalTests {
    @Test func incrementalBuildsOverCommitsEqualCleanBuilds() throws {
        let project = try GitProject.create(siteYAML: HistoryScript.siteYAML)
        defer { try? FileManager.default.removeItem(at: project.root) }
        let options = BuildOptions(root: project.root)
        _ = try Site.build(options)
        let steps: [(String, String, String)] = [
            ("      value: 148\n", "      value: 150\n", "Revise the H20's FP16 figure"),
            ("  title: H100 (processor notes)\n", "  title: H100 processor notes\n", "Retitle a source"),
            ("      value: 96\n", "      value: 80\n", "Revise the H20's memory"),
        ]
        for (index, (old, new, subject)) in steps.enumerated() {
            let file = old.contains("title") ? "Data/sources.yaml" : "Data/chips.yaml"
            try project.replace(old, with: new, in: file)
            _ = try Site.build(options)
            try project.commit(subject, date: "2026-03-0\(index + 1)T09:00:00+00:00")
            _ = try Site.build(options)
            let site = tree(options.output).filter { $0.key != ".report-site" }
            let clean = try RandomIncrementalTests.cleanBuild(options)
            #expect(site == clean, "after '\(subject)': \(RandomIncrementalTests.differences(site, clean))")
        }
    }
}
