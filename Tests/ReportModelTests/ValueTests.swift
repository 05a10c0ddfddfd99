import Testing
@testable import ReportModel

@Suite struct PartialDateTests {
    @Test(arguments: [
        ("2025", "2025"), ("2025-H1", "2025-H1"), ("2025-Q3", "2025-Q3"), ("2025-07", "2025-07"),
        ("2025-07-15", "2025-07-15"), ("2024-02-29", "2024-02-29"),
    ])
    func parsesTheAllowedForms(_ text: String, _ description: String) throws {
        #expect(try #require(PartialDate(parsing: text)).description == description)
    }

    @Test(arguments: ["2025-02-29", "2025-13", "2025-Q5", "2025-H3", "2025-7-1", "25", "2025-00", "July 2025", "1899", "2025-04-31"])
    func rejectsImpossibleDates(_ text: String) {
        #expect(PartialDate(parsing: text) == nil)
    }

    @Test func ordersByStartThenPrecision() throws {
        let dates = ["2025-07-15", "2025", "2025-Q3", "2025-H1", "2024-12"].compactMap(PartialDate.init(parsing:)).sorted()
        #expect(dates.map(\.description) == ["2024-12", "2025", "2025-H1", "2025-Q3", "2025-07-15"])
    }
}

@Suite struct UnitTests {
    @Test func parsesUnitsAndMoneyScales() {
        #expect(Unit(parsing: "TFLOPS") == Unit(.tflops))
        #expect(Unit(parsing: "USD billion") == Unit(.usd, scale: .billion))
        #expect(Unit(parsing: "CNY million") == Unit(.cny, scale: .million))
        #expect(Unit(parsing: "GB billion") == nil)
        #expect(Unit(parsing: "GiB") == nil)
        #expect(Unit(parsing: "USD zillion") == nil)
    }

    @Test func onlyMoneyAndPercentagesMayBeNegative() {
        #expect(Unit(.usd, scale: .billion).allowsNegative)
        #expect(Unit(.percent).allowsNegative)
        #expect(!Unit(.tflops).allowsNegative)
    }
}

@Suite struct SuggestionTests {
    @Test func suggestsTheNearestId() {
        #expect(Suggestion.nearest(to: "huawie", in: ["huawei", "nvidia", "cambricon"]) == "huawei")
        #expect(Suggestion.nearest(to: "nvidai", in: ["huawei", "nvidia"]) == "nvidia")
        #expect(Suggestion.nearest(to: "zzz", in: ["huawei", "nvidia"]) == nil)
        #expect(Suggestion.didYouMean("fp16_tflop", in: ["fp16_tflops", "int8_tops"]) == " (did you mean 'fp16_tflops'?)")
    }

    @Test func countsATranspositionAsOneEdit() {
        #expect(Suggestion.editDistance("titel", "title") == 1)
        #expect(Suggestion.editDistance("", "abc") == 3)
    }
}

@Suite struct CSVTableTests {
    @Test func readsQuotedFieldsWithTheirPlaces() throws {
        let table = try CSVTable(parsing: "a,b\n\"x, \"\"y\"\"\",2\n")
        #expect(table.rows.map { $0.map(\.text) } == [["a", "b"], ["x, \"y\"", "2"]])
        #expect(table.rows[1][1].line == 2)
        #expect(table.rows[1][1].column == 12)
    }

    @Test func reportsAnUnclosedQuoteAtItsStart() {
        #expect {
            try CSVTable(parsing: "a,b\n1,\"open\n")
        } throws: { error in
            let failure = error as? CSVTable.Failure
            return failure?.line == 2 && failure?.column == 3
        }
    }
}
