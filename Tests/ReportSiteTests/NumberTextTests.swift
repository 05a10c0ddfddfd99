import Testing
@testable import ReportModel
@testable import ReportSite

/// Number text for any finite value: Int64 ends near 9.2e18, values do not.
@Suite struct NumberTextTests {
    @Test(arguments: [
        (1e16, "10,000,000,000,000,000"),
        (-1e16, "-10,000,000,000,000,000"),
        (9.5e15, "9,500,000,000,000,000"),
        (1e20, "100,000,000,000,000,000,000"),
        (123_456_789_012.345, "123,456,789,012.345"),
        (989.4, "989.4"),
    ])
    func formatsLargeValuesWithoutOverflow(_ value: Double, _ expected: String) {
        #expect(NumberText.decimal(value) == expected)
    }

    @Test func formatsTheLargestFiniteValue() {
        let text = NumberText.decimal(.greatestFiniteMagnitude)
        #expect(text.hasPrefix("179,769,313,486,231,570,"))
        #expect(text.filter(\.isNumber).count == 309)
    }

    @Test func unitsFormatLargeValues() {
        #expect(Unit(.tflops).format(1e16) == "10,000,000,000 EFLOPS")
        #expect(Unit(.watt).format(1e16) == "10,000,000,000 MW")
        #expect(Unit(.count).format(1e19) == "10,000,000,000 billion")
    }
}
