import Testing
@testable import ReportCharts

@Suite struct ValueFormatTests {
    @Test func numbersAreGroupedWithUnits() {
        #expect(ValueFormat.tflops.format(2250) == "2,250 TFLOPS")
        #expect(ValueFormat.tflops.format(14.4) == "14.4 TFLOPS")
        #expect(ValueFormat.terabytesPerSecond.format(3.35) == "3.35 TB/s")
        #expect(ValueFormat.gigabytes.format(96) == "96 GB")
        #expect(ValueFormat.number().format(-1234.5) == "−1,235")
        #expect(ValueFormat.number().format(-12.345) == "−12.35")
        #expect(ValueFormat.number(decimals: 2).format(1) == "1.00")
    }

    @Test func largeValuesMoveToTheLargerUnitWithoutLosingDigits() {
        #expect(ValueFormat.gigabytes.format(49_200) == "49.2 TB")
        #expect(ValueFormat.gigabytes.format(1979) == "1.979 TB")
        #expect(ValueFormat.gigabytes.format(999) == "999 GB")
        #expect(ValueFormat.gigabytes.format(1_234_567) == "1.234567 PB")
        #expect(ValueFormat.number(unit: "W").format(559_000) == "559 kW")
        #expect(ValueFormat.number(unit: "W").format(700) == "700 W")
        #expect(ValueFormat.number(unit: "W").format(-2_500_000) == "−2.5 MW")
        #expect(ValueFormat.number(unit: "GB/s").format(4800) == "4.8 TB/s")
        #expect(ValueFormat.tflops.format(300_000) == "300 PFLOPS")
        #expect(ValueFormat.tflops.format(14_400) == "14.4 PFLOPS")
        #expect(ValueFormat.tflops.format(1979) == "1,979 TFLOPS")
        #expect(ValueFormat.tflops.format(9999) == "9,999 TFLOPS")
        #expect(ValueFormat.number(unit: "TB/s").format(3.35) == "3.35 TB/s")
        #expect(ValueFormat.number(unit: "widgets").format(49_200) == "49,200 widgets")
        #expect(ValueFormat.number(unit: "GB", decimals: 0).format(49_200) == "49,200 GB")
    }

    @Test func axesSwitchUnitOnlyWhenEveryTickFillsIt() {
        let gbs = ValueFormat.number(unit: "GB/s")
        #expect(gbs.tickLabels([0, 2000, 4000]) == ["0", "2", "4"])
        #expect(gbs.axisUnit([0, 2000, 4000]) == "TB/s")
        #expect(gbs.tickLabels([0, 500, 1000, 1500]) == ["0", "500", "1,000", "1,500"])
        #expect(gbs.axisUnit([0, 500, 1000, 1500]) == "GB/s")
        #expect(gbs.tickLabels([0, 2500, 5000]) == ["0.0", "2.5", "5.0"])
        #expect(ValueFormat.tflops.tickLabels([10, 100, 1000, 10_000]) == ["10", "100", "1,000", "10,000"])
        #expect(ValueFormat.tflops.axisUnit([0, 20_000, 40_000]) == "PFLOPS")
        #expect(ValueFormat.dollars.axisUnit([0, 5e9]) == "")
    }

    @Test func siAbbreviations() {
        #expect(ValueFormat.si().format(1200) == "1.2k")
        #expect(ValueFormat.si().format(3.4e6) == "3.4M")
        #expect(ValueFormat.si().format(5e9) == "5B")
        #expect(ValueFormat.si().format(999) == "999")
        #expect(ValueFormat.si().format(999_999) == "1M")
    }

    @Test func currencies() {
        #expect(ValueFormat.dollars.format(18e9) == "$18B")
        #expect(ValueFormat.yuan.format(57.3e9) == "¥57.3B")
        #expect(ValueFormat.dollars.format(-5e9) == "−$5B")
        #expect(ValueFormat.dollars.format(250e6) == "$250M")
    }

    @Test func percentAndRatio() {
        #expect(ValueFormat.percent.format(0.253) == "25.3%")
        #expect(ValueFormat.percent.format(0.25) == "25%")
        #expect(ValueFormat.ratio.format(1.25) == "1.25×")
        #expect(ValueFormat.ratio.format(1) == "1×")
    }

    @Test func nonFiniteValuesAreNotPrinted() {
        #expect(ValueFormat.tflops.format(.nan) == "n/a")
        #expect(ValueFormat.dollars.format(.infinity) == "n/a")
    }

    @Test func tickLabelsShareOnePrecision() {
        #expect(ValueFormat.number().tickLabels([0, 0.5, 1, 1.5]) == ["0.0", "0.5", "1.0", "1.5"])
        #expect(ValueFormat.tflops.tickLabels([0, 1000, 2000]) == ["0", "1,000", "2,000"])
        #expect(ValueFormat.dollars.tickLabels([0, 5e9, 10e9, 15e9]) == ["$0", "$5B", "$10B", "$15B"])
        #expect(ValueFormat.dollars.tickLabels([0, 0.5e9, 1e9]) == ["$0", "$0.5B", "$1.0B"])
        #expect(ValueFormat.percent.tickLabels([0, 0.1, 0.2]) == ["0%", "10%", "20%"])
        #expect(ValueFormat.ratio.tickLabels([0, 0.5, 1]) == ["0.0×", "0.5×", "1.0×"])
    }

    @Test func tablesKeepEveryDigitSoDifferentFiguresNeverReadTheSame() {
        #expect(ValueFormat.dollars.format(2.77e9) == "$2.8B")
        #expect(ValueFormat.dollars.exact(2.77e9) == "$2.77B")
        #expect(ValueFormat.dollars.exact(2.8e9) == "$2.8B")
        #expect(ValueFormat.dollars.exact(4.03e9) == "$4.03B")
        #expect(ValueFormat.dollars.exact(-5.416e9) == "−$5.416B")
        #expect(ValueFormat.dollars.exact(4e9) == "$4B")
        #expect(ValueFormat.percent.exact(0.1235) == "12.35%")
        #expect(ValueFormat.tflops.exact(1.234) == "1.234 TFLOPS")
        #expect(ValueFormat.gigabytes.exact(49_200) == "49.2 TB")
        #expect(ValueFormat.ratio.exact(1.5) == "1.5×")
        #expect(ValueFormat.number(decimals: 1).exact(2.25) == ValueFormat.number(decimals: 1).format(2.25))
    }

    @Test func coordinatesHaveTwoDecimalsAtMost() {
        #expect(1.0.svg == "1")
        #expect(1.5.svg == "1.5")
        #expect(1.005.svg == "1" || 1.005.svg == "1.01")
        #expect(0.123.svg == "0.12")
        #expect((-0.001).svg == "0")
        #expect((-12.345).svg == "-12.35" || (-12.345).svg == "-12.34")
        #expect(Double.nan.svg == "0")
        #expect(Double.infinity.svg == "0")
        #expect(10.07.svg == "10.07")
    }
}
