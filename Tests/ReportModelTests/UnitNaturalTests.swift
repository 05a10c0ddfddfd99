import Testing
@testable import ReportModel

/// `Unit.natural`: large values restated in the larger sibling unit, no digit lost.
@Suite struct UnitNaturalTests {
    func natural(_ value: Double, _ base: Unit.Base) -> String {
        let result = Unit(base).natural(value)
        return "\(result.value) \(result.symbol) +\(result.decimalShift)"
    }

    @Test func memoryPowerAndBandwidthMoveUpFromAThousand() {
        #expect(natural(49_200, .gb) == "49.2 TB +3")
        #expect(natural(999, .gb) == "999.0 GB +0")
        #expect(natural(1000, .gb) == "1.0 TB +3")
        #expect(natural(559_000, .watt) == "559.0 kW +3")
        #expect(natural(2_500_000, .watt) == "2.5 MW +6")
        #expect(natural(1500, .kilowatt) == "1.5 MW +3")
        #expect(natural(4800, .gbPerSecond) == "4.8 TB/s +3")
        #expect(natural(3.35, .tbPerSecond) == "3.35 TB/s +0")
    }

    @Test func computeMovesUpOnlyFromTenThousand() {
        #expect(natural(1979, .tflops) == "1979.0 TFLOPS +0")
        #expect(natural(9999, .tflops) == "9999.0 TFLOPS +0")
        #expect(natural(300_000, .tflops) == "300.0 PFLOPS +3")
        #expect(natural(14_400, .pflops) == "14.4 EFLOPS +3")
        #expect(natural(20_000, .tops) == "20.0 POPS +3")
    }

    @Test func negativeValuesAndOtherUnitsAreLeftAlone() {
        #expect(natural(-49_200, .gb) == "-49.2 TB +3")
        #expect(natural(57_300, .percent) == "57300.0 % +0")
        #expect(natural(12_000, .count) == "12000.0 count +0")
        #expect(natural(5, .nanometre) == "5.0 nm +0")
        #expect(Unit(.usd, scale: .billion).natural(18_000).symbol == "USD")
        #expect(Unit(.gb).natural(.nan).symbol == "GB")
    }
}
