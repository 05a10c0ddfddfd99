import Foundation
import Testing
@testable import ReportModel

@Suite struct ParallelMapTests {
    @Test func mapKeepsTheItemsOrder() {
        let items = Array(0..<1_000)
        #expect(ParallelMap.map(items, progress: nil, total: items.count) { $0 * 2 } == items.map { $0 * 2 })
    }

    @Test func alongsideRunsBothAtOnceAndReturnsBoth() {
        // The background half waits until the calling thread's half has started: both must run at once.
        let started = DispatchSemaphore(value: 0)
        let (background, own) = ParallelMap.alongside({ () -> String in
            started.wait()
            return "state"
        }, {
            started.signal()
            return 42
        })
        #expect(background == "state")
        #expect(own == 42)
    }

    @Test func alongsideRethrowsTheCallingThreadsError() {
        struct Failed: Error {}
        #expect(throws: Failed.self) {
            _ = try ParallelMap.alongside({ 0 }, { () throws -> Int in throw Failed() })
        }
    }
}
