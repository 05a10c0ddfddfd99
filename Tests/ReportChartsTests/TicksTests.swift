import Testing
@testable import ReportCharts

/// Ported from d3-array's `ticks-test.js`, `tickIncrement-test.js` and `tickStep-test.js`.
@Suite struct TicksTests {
    @Test func ticksAreEmptyIfAnyArgumentIsNaN() {
        #expect(Ticks.ticks(.nan, 1, count: 1) == [])
        #expect(Ticks.ticks(0, .nan, count: 1) == [])
        #expect(Ticks.ticks(0, 1, count: .nan) == [])
        #expect(Ticks.ticks(.nan, .nan, count: 1) == [])
        #expect(Ticks.ticks(0, .nan, count: .nan) == [])
        #expect(Ticks.ticks(.nan, 1, count: .nan) == [])
        #expect(Ticks.ticks(.nan, .nan, count: .nan) == [])
    }

    @Test func ticksOfAnEmptyDomain() {
        #expect(Ticks.ticks(1, 1, count: -1) == [])
        #expect(Ticks.ticks(1, 1, count: 0) == [])
        #expect(Ticks.ticks(1, 1, count: .nan) == [])
        #expect(Ticks.ticks(1, 1, count: 1) == [1])
        #expect(Ticks.ticks(1, 1, count: 10) == [1])
    }

    @Test func ticksAreEmptyIfCountIsNotPositiveOrInfinite() {
        #expect(Ticks.ticks(0, 1, count: 0) == [])
        #expect(Ticks.ticks(0, 1, count: -1) == [])
        #expect(Ticks.ticks(0, 1, count: .nan) == [])
        #expect(Ticks.ticks(0, 1, count: .infinity) == [])
    }

    @Test func ticksDoNotIncludeNegativeZero() {
        #expect(1 / Ticks.ticks(-1, 0, count: 5).last! == .infinity)
    }

    @Test func ticksRemainWithinTheDomain() {
        #expect(Ticks.ticks(0, 2.2, count: 3) == [0, 1, 2])
    }

    static let ascending: [(Double, Double, Double, [Double])] = [
        (0, 1, 10, [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]),
        (0, 1, 9, [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]),
        (0, 1, 8, [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]),
        (0, 1, 7, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        (0, 1, 6, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        (0, 1, 5, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        (0, 1, 4, [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        (0, 1, 3, [0.0, 0.5, 1.0]),
        (0, 1, 2, [0.0, 0.5, 1.0]),
        (0, 1, 1, [0.0, 1.0]),
        (0, 10, 10, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
        (0, 10, 9, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
        (0, 10, 8, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
        (0, 10, 7, [0, 2, 4, 6, 8, 10]),
        (0, 10, 6, [0, 2, 4, 6, 8, 10]),
        (0, 10, 5, [0, 2, 4, 6, 8, 10]),
        (0, 10, 4, [0, 2, 4, 6, 8, 10]),
        (0, 10, 3, [0, 5, 10]),
        (0, 10, 2, [0, 5, 10]),
        (0, 10, 1, [0, 10]),
        (-10, 10, 10, [-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10]),
        (-10, 10, 9, [-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10]),
        (-10, 10, 8, [-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10]),
        (-10, 10, 7, [-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10]),
        (-10, 10, 6, [-10, -5, 0, 5, 10]),
        (-10, 10, 5, [-10, -5, 0, 5, 10]),
        (-10, 10, 4, [-10, -5, 0, 5, 10]),
        (-10, 10, 3, [-10, -5, 0, 5, 10]),
        (-10, 10, 2, [-10, 0, 10]),
        (-10, 10, 1, [0]),
    ]

    @Test func ticksReturnAboutCountPlusOneValuesExactly() {
        for (start, stop, count, expected) in Self.ascending {
            #expect(Ticks.ticks(start, stop, count: count) == expected, "ticks(\(start), \(stop), \(count))")
        }
    }

    @Test func ticksOfAReversedDomainAreReversed() {
        for (start, stop, count, _) in Self.ascending {
            #expect(Ticks.ticks(stop, start, count: count) == Ticks.ticks(start, stop, count: count).reversed())
        }
    }

    @Test func ticksHandlePrecisionProblems() {
        #expect(Ticks.ticks(0.98, 1.14, count: 10) == [0.98, 1, 1.02, 1.04, 1.06, 1.08, 1.1, 1.12, 1.14])
    }

    @Test func tickIncrementIsNaNForNaNArguments() {
        #expect(Ticks.tickIncrement(.nan, 1, count: 1).isNaN)
        #expect(Ticks.tickIncrement(0, .nan, count: 1).isNaN)
        #expect(Ticks.tickIncrement(0, 1, count: .nan).isNaN)
        #expect(Ticks.tickIncrement(.nan, .nan, count: .nan).isNaN)
    }

    @Test func tickIncrementOfAnEmptyDomain() {
        #expect(Ticks.tickIncrement(1, 1, count: -1).isNaN)
        #expect(Ticks.tickIncrement(1, 1, count: 0).isNaN)
        #expect(Ticks.tickIncrement(1, 1, count: .nan).isNaN)
        #expect(Ticks.tickIncrement(1, 1, count: 1) == -.infinity)
        #expect(Ticks.tickIncrement(1, 1, count: 10) == -.infinity)
    }

    @Test func tickIncrementOfNonPositiveOrInfiniteCount() {
        #expect(Ticks.tickIncrement(0, 1, count: -1) == .infinity)
        #expect(Ticks.tickIncrement(0, 1, count: 0) == .infinity)
        #expect(Ticks.tickIncrement(0, 1, count: .infinity) == -.infinity)
    }

    @Test func tickIncrementTable() {
        let table: [(Double, Double, Double, Double)] = [
            (0, 1, 10, -10), (0, 1, 9, -10), (0, 1, 8, -10), (0, 1, 7, -5), (0, 1, 6, -5),
            (0, 1, 5, -5), (0, 1, 4, -5), (0, 1, 3, -2), (0, 1, 2, -2), (0, 1, 1, 1),
            (0, 10, 10, 1), (0, 10, 9, 1), (0, 10, 8, 1), (0, 10, 7, 2), (0, 10, 6, 2),
            (0, 10, 5, 2), (0, 10, 4, 2), (0, 10, 3, 5), (0, 10, 2, 5), (0, 10, 1, 10),
            (-10, 10, 10, 2), (-10, 10, 9, 2), (-10, 10, 8, 2), (-10, 10, 7, 2), (-10, 10, 6, 5),
            (-10, 10, 5, 5), (-10, 10, 4, 5), (-10, 10, 3, 5), (-10, 10, 2, 10), (-10, 10, 1, 20),
        ]
        for (start, stop, count, expected) in table {
            #expect(Ticks.tickIncrement(start, stop, count: count) == expected, "tickIncrement(\(start), \(stop), \(count))")
        }
    }

    @Test func tickStepOfAnEmptyDomainOrBadCount() {
        #expect(Ticks.tickStep(.nan, 1, count: 1).isNaN)
        #expect(Ticks.tickStep(1, 1, count: -1).isNaN)
        #expect(Ticks.tickStep(1, 1, count: 0).isNaN)
        #expect(Ticks.tickStep(1, 1, count: 1) == 0)
        #expect(Ticks.tickStep(1, 1, count: 10) == 0)
        #expect(Ticks.tickStep(0, 1, count: -1) == .infinity)
        #expect(Ticks.tickStep(0, 1, count: 0) == .infinity)
        #expect(Ticks.tickStep(0, 1, count: .infinity) == 0)
    }

    @Test func tickStepTable() {
        let table: [(Double, Double, Double, Double)] = [
            (0, 1, 10, 0.1), (0, 1, 9, 0.1), (0, 1, 8, 0.1), (0, 1, 7, 0.2), (0, 1, 6, 0.2),
            (0, 1, 5, 0.2), (0, 1, 4, 0.2), (0, 1, 3, 0.5), (0, 1, 2, 0.5), (0, 1, 1, 1.0),
            (0, 10, 10, 1), (0, 10, 9, 1), (0, 10, 8, 1), (0, 10, 7, 2), (0, 10, 6, 2),
            (0, 10, 5, 2), (0, 10, 4, 2), (0, 10, 3, 5), (0, 10, 2, 5), (0, 10, 1, 10),
            (-10, 10, 10, 2), (-10, 10, 9, 2), (-10, 10, 8, 2), (-10, 10, 7, 2), (-10, 10, 6, 5),
            (-10, 10, 5, 5), (-10, 10, 4, 5), (-10, 10, 3, 5), (-10, 10, 2, 10), (-10, 10, 1, 20),
        ]
        for (start, stop, count, expected) in table {
            #expect(Ticks.tickStep(start, stop, count: count) == expected, "tickStep(\(start), \(stop), \(count))")
            #expect(Ticks.tickStep(stop, start, count: count) == -expected, "tickStep(\(stop), \(start), \(count))")
        }
    }

    @Test func tinyAndHugeSpans() {
        #expect(Ticks.ticks(0, 1e-9, count: 2) == [0, 5e-10, 1e-9])
        #expect(Ticks.ticks(0, 3e12, count: 3) == [0, 1e12, 2e12, 3e12])
        #expect(Ticks.ticks(1e15, 1e15 + 10, count: 2) == [1e15, 1e15 + 5, 1e15 + 10])
    }
}
