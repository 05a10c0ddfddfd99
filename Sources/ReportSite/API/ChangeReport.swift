import Foundation
import ReportHistory

/// What `report changes` prints: the figure-level differences between a revision's Data/
/// and the working tree's.
public struct ChangeReport: Sendable {
    /// The revision compared with, as given.
    public let since: String
    /// The commit it names.
    public let commit: String
    /// Every change, in Data/'s order.
    public let changes: [FigureChange]
    /// Each change in words, in the same order.
    public let lines: [String]

    /// The report as JSON: `{"since", "commit", "changes": [{kind, record, old, new, text}]}`,
    /// keys sorted, so the same data gives the same bytes.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let body = Body(since: since, commit: commit, changes: zip(changes, lines).map { Entry(change: $0, text: $1) })
        return String(decoding: (try? encoder.encode(body)) ?? Data(), as: UTF8.self)
    }

    private struct Body: Encodable {
        let since: String
        let commit: String
        let changes: [Entry]
    }

    private struct Entry: Encodable {
        let change: FigureChange
        let text: String

        enum CodingKeys: String, CodingKey { case kind, record, old, new, text }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(change.kind, forKey: .kind)
            try container.encode(change.record, forKey: .record)
            try container.encodeIfPresent(change.old, forKey: .old)
            try container.encodeIfPresent(change.new, forKey: .new)
            try container.encode(text, forKey: .text)
        }
    }
}
