import Testing
@testable import ReportCharts

/// Ported from d3-scale's `band-test.js`.
@Suite struct BandScaleTests {
    func positions(_ s: BandScale) -> [Double] { s.domain.map { s($0)! } }

    @Test func computesDiscreteBands() {
        var s = BandScale(domain: ["foo", "bar"], range: (0, 960))
        #expect(s("foo") == 0)
        #expect(s("bar") == 480)
        #expect(s("baz") == nil)
        s = BandScale(domain: ["a", "b", "c"], range: (0, 120))
        #expect(positions(s) == [0, 40, 80])
        #expect(s.bandwidth == 40)
        s = s.padding(0.2)
        #expect(positions(s) == [7.5, 45, 82.5])
        #expect(s.bandwidth == 30)
    }

    @Test func stepIsTheDistanceBetweenBandStarts() {
        var s = BandScale(domain: ["foo"], range: (0, 960))
        #expect(s.step == 960)
        s.domain = ["foo", "bar"]
        #expect(s.step == 480)
        s.domain = ["foo", "bar", "baz"]
        #expect(s.step == 320)
        s = s.padding(0.5)
        s.domain = ["foo"]
        #expect(s.step == 640)
        s.domain = ["foo", "bar"]
        #expect(s.step == 384)
    }

    @Test func bandwidthWithAndWithoutPadding() {
        var s = BandScale(domain: [], range: (0, 960))
        #expect(s.bandwidth == 960)
        s.domain = ["foo", "bar", "baz"]
        #expect(s.bandwidth == 320)
        s = s.padding(0.5)
        s.domain = []
        #expect(s.bandwidth == 480)
        s.domain = ["foo"]
        #expect(s.bandwidth == 320)
        s.domain = ["foo", "bar"]
        #expect(s.bandwidth == 192)
    }

    @Test func emptyDomainHasReasonableStepAndBandwidth() {
        var s = BandScale(domain: [], range: (0, 960))
        #expect(s.step == 960)
        s = s.padding(1)
        #expect(s.step == 960)
        #expect(s.bandwidth == 0)
    }

    @Test func singletonBandEvenWithPadding() {
        var s = BandScale(domain: ["foo"], range: (0, 960))
        #expect(s("foo") == 0)
        s = s.padding(0.5)
        #expect(s("foo") == 320)
        #expect(s.bandwidth == 320)
        s = s.padding(1)
        #expect(s("foo") == 480)
        #expect(s.step == 480)
        #expect(s.bandwidth == 0)
    }

    @Test func descendingRange() {
        var s = BandScale(domain: ["a", "b", "c"], range: (120, 0))
        #expect(positions(s) == [80, 40, 0])
        #expect(s.bandwidth == 40)
        s = s.padding(0.2)
        #expect(positions(s) == [82.5, 45, 7.5])
        #expect(s.bandwidth == 30)
    }

    @Test func paddingInnerWithRounding() {
        var s = BandScale(domain: ["a", "b", "c"], range: (120, 0))
        s.paddingInner = 0.1
        s.round = true
        #expect(positions(s) == [83, 42, 1])
        #expect(s.bandwidth == 37)
        s.paddingInner = 0.2
        #expect(positions(s) == [85, 43, 1])
        #expect(s.bandwidth == 34)
    }

    @Test func paddingOuter() {
        var s = BandScale(domain: ["a", "b", "c"], range: (120, 0))
        s.paddingInner = 0.2
        s.paddingOuter = 0.1
        #expect(positions(s) == [84, 44, 4])
        #expect(s.bandwidth == 32)
        s.paddingOuter = 1
        #expect(positions(s) == [75, 50, 25])
        #expect(s.bandwidth == 20)
    }

    @Test func roundComputesWholePixelBands() {
        var s = BandScale(domain: ["a", "b", "c"], range: (0, 100))
        s.round = true
        #expect(positions(s) == [1, 34, 67])
        #expect(s.bandwidth == 33)
        s = s.padding(0.2)
        #expect(positions(s) == [7, 38, 69])
        #expect(s.bandwidth == 25)
        s.domain = ["a", "b", "c", "d"]
        s = s.padding(0)
        #expect(positions(s) == [0, 25, 50, 75])
    }

    @Test func alignPutsOuterSpaceBeforeOrAfter() {
        var s = BandScale(domain: ["a", "b"], range: (0, 100))
        s.paddingOuter = 1
        s.align = 0
        #expect(positions(s) == [0, 25])
        s.align = 1
        #expect(positions(s) == [50, 75])
        s.align = 0.5
        #expect(positions(s) == [25, 50])
        #expect(s.step == 25)
    }
}
