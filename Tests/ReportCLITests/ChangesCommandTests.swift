import Foundation
import Testing

/// `report changes` run as a process on a git repository holding the fixture.
@Suite struct ChangesCommandTests {
    static let env = URL(fileURLWithPath: "/usr/bin/env")

    /// The fixture committed once, then its H20 FP16 figure revised in the working tree.
    static func repository() throws -> URL {
        let project = FileManager.default.temporaryDirectory.appendingPathComponent("report-changes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        for name in ["Data", "Templates"] {
            try FileManager.default.copyItem(
                at: CommandTests.fixture.appendingPathComponent(name), to: project.appendingPathComponent(name)
            )
        }
        for arguments in [
            ["init", "-q"], ["config", "user.name", "Fixture Analyst"], ["config", "user.email", "a@example.org"],
            ["add", "-A"], ["commit", "-q", "-m", "Fixture data"],
        ] {
            #expect(try Subprocess.output(["git", "-C", project.path] + arguments, command: env).status == 0)
        }
        let chips = project.appendingPathComponent("Data/chips.yaml")
        let text = try String(contentsOf: chips, encoding: .utf8)
        try text.replacingOccurrences(of: "      value: 148\n", with: "      value: 150\n")
            .write(to: chips, atomically: true, encoding: .utf8)
        return project
    }

    @Test func textListsEachChangeOnALine() throws {
        let project = try Self.repository()
        defer { try? FileManager.default.removeItem(at: project) }
        let result = try Subprocess.output(["changes", "--root", project.path])
        #expect(result.status == 0)
        #expect(result.output == "H20 FP16 dense: 148 TFLOPS → 150 TFLOPS\n")
    }

    @Test func jsonCarriesOldAndNewFigures() throws {
        let project = try Self.repository()
        defer { try? FileManager.default.removeItem(at: project) }
        let head = try Subprocess.output(["git", "-C", project.path, "rev-parse", "HEAD"], command: Self.env).output
        let result = try Subprocess.output(["changes", "--root", project.path, "--since", "HEAD", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.output == """
            {
              "changes" : [
                {
                  "kind" : "changed",
                  "new" : {
                    "asOf" : "2024",
                    "confidence" : "high",
                    "field" : "fp16_tflops",
                    "label" : "FP16 dense",
                    "owner" : {
                      "id" : "h20",
                      "kind" : "chip"
                    },
                    "source" : "tomshardware-2024-h20",
                    "unit" : "TFLOPS",
                    "value" : {
                      "number" : 150
                    }
                  },
                  "old" : {
                    "asOf" : "2024",
                    "confidence" : "high",
                    "field" : "fp16_tflops",
                    "label" : "FP16 dense",
                    "owner" : {
                      "id" : "h20",
                      "kind" : "chip"
                    },
                    "source" : "tomshardware-2024-h20",
                    "unit" : "TFLOPS",
                    "value" : {
                      "number" : 148
                    }
                  },
                  "record" : {
                    "key" : {
                      "id" : "h20",
                      "kind" : "chip"
                    },
                    "name" : "H20"
                  },
                  "text" : "H20 FP16 dense: 148 TFLOPS → 150 TFLOPS"
                }
              ],
              "commit" : "\(head.trimmingCharacters(in: .newlines))",
              "since" : "HEAD"
            }

            """)
    }

    @Test func unknownRevisionIsAnError() throws {
        let project = try Self.repository()
        defer { try? FileManager.default.removeItem(at: project) }
        let result = try Subprocess.report(["changes", "--root", project.path, "--since", "no-such-rev"])
        #expect(result.status == 1)
        #expect(result.errors == "error: unknown revision 'no-such-rev'\n")
    }
}
