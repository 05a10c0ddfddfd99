import Testing
import Synchronization
@testable import ReportSite

/// The process-wide memo of what was made of a text (briefings' front matter and mentions).
@Suite struct TextMemoTests {
    @Test func aTextIsMadeOnceAndAnotherTextOrContextAgain() {
        let memo = TextMemo<Int>()
        let calls = Mutex(0)
        func value(_ text: String, _ context: String = "") -> Int {
            memo.value(text, context: context) {
                calls.withLock { $0 += 1 }
                return text.count + context.count
            }
        }
        #expect(value("英伟达 H20") == 7)
        #expect(value("英伟达 H20") == 7)
        #expect(calls.withLock { $0 } == 1)
        // The same characters in another normal form are other bytes: made again.
        #expect(value("e\u{301}") == 1)
        #expect(value("\u{e9}") == 1)
        #expect(calls.withLock { $0 } == 3)
        #expect(value("英伟达 H20", "a.md:1") == 13)
        #expect(calls.withLock { $0 } == 4)
    }

    @Test func itForgetsEverythingPastItsLimit() {
        let memo = TextMemo<Int>(limit: 2)
        let calls = Mutex(0)
        func value(_ text: String) -> Int { memo.value(text) { calls.withLock { $0 += 1 }; return 0 } }
        _ = value("a"); _ = value("b"); _ = value("c"); _ = value("a")
        #expect(calls.withLock { $0 } == 4)
        _ = value("a")
        #expect(calls.withLock { $0 } == 4)
    }
}
