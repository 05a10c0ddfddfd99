import Testing
@testable import ReportCharts

/// Ported from d3-scale's `linear-test.js`.
@Suite struct LinearScaleTests {
    func niced(_ domain: (Double, Double), _ count: Double = 10) -> [Double] {
        let d = LinearScale(domain: domain).niced(count).domain
        return [d.0, d.1]
    }

    @Test func niceExtendsTheDomainToMatchTheDesiredTicks() {
        #expect(niced((0, 0.96)) == [0, 1])
        #expect(niced((0, 96)) == [0, 100])
        #expect(niced((0.96, 0)) == [1, 0])
        #expect(niced((96, 0)) == [100, 0])
        #expect(niced((0, -0.96)) == [0, -1])
        #expect(niced((0, -96)) == [0, -100])
        #expect(niced((-0.96, 0)) == [-1, 0])
        #expect(niced((-96, 0)) == [-100, 0])
        #expect(niced((-0.1, 51.1), 8) == [-10, 60])
    }

    @Test func niceExtendsToRoundNumbers() {
        #expect(niced((1.1, 10.9)) == [1, 11])
        #expect(niced((10.9, 1.1)) == [11, 1])
        #expect(niced((0.7, 11.001)) == [0, 12])
        #expect(niced((123.1, 6.7)) == [130, 0])
        #expect(niced((0, 0.49)) == [0, 0.5])
        #expect(niced((0, 14.1), 5) == [0, 20])
        #expect(niced((0, 15), 5) == [0, 20])
    }

    @Test func niceHasNoEffectOnDegenerateDomains() {
        #expect(niced((0, 0)) == [0, 0])
        #expect(niced((0.5, 0.5)) == [0.5, 0.5])
    }

    @Test func niceAcceptsATickCount() {
        #expect(niced((12, 87), 5) == [0, 100])
        #expect(niced((12, 87), 10) == [10, 90])
        #expect(niced((12, 87), 100) == [12, 87])
    }

    @Test func ticksForAscendingAndDescendingDomains() {
        let s = LinearScale(domain: (-100, 100))
        #expect(s.ticks(10) == [-100, -80, -60, -40, -20, 0, 20, 40, 60, 80, 100])
        #expect(s.ticks(6) == [-100, -50, 0, 50, 100])
        #expect(s.ticks(2) == [-100, 0, 100])
        #expect(s.ticks(1) == [0])
        let r = LinearScale(domain: (100, -100))
        #expect(r.ticks(10) == [100, 80, 60, 40, 20, 0, -20, -40, -60, -80, -100])
        #expect(LinearScale(domain: (1, 0)).ticks(5) == [1.0, 0.8, 0.6, 0.4, 0.2, 0.0])
    }

    @Test func ticksSpanTheNicedDomain() {
        let domains: [((Double, Double), Double)] = [
            ((1, 9), 2), ((1, 9), 3), ((1, 9), 4), ((8, 9), 2), ((8, 9), 3), ((8, 9), 4),
            ((1, 21), 2), ((2, 21), 2), ((3, 21), 2), ((4, 21), 2), ((5, 21), 2), ((6, 21), 2),
            ((7, 21), 2), ((8, 21), 2), ((9, 21), 2), ((10, 21), 2), ((11, 21), 2),
        ]
        for (domain, count) in domains {
            let s = LinearScale(domain: domain).niced(count)
            let ticks = s.ticks(count)
            #expect([ticks.first!, ticks.last!] == [s.domain.0, s.domain.1], "\(domain) count \(count)")
        }
    }

    @Test func ticksAreEmptyForBadCounts() {
        let s = LinearScale(domain: (0, 1))
        #expect(s.ticks(.nan) == [])
        #expect(s.ticks(0) == [])
        #expect(s.ticks(-1) == [])
        #expect(s.ticks(.infinity) == [])
    }

    @Test func mapsAndHandlesADegenerateDomain() {
        let s = LinearScale(domain: (0, 10), range: (100, 200))
        #expect(s(5) == 150)
        #expect(s(-10) == 0)
        #expect(LinearScale(domain: (3, 3), range: (0, 10))(3) == 5)
    }
}
