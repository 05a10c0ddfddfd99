import Testing
@testable import ReportModel

/// The warnings about data that loads but says something it should not: a value its excerpt
/// does not state, a name in two scripts, converter debris in Chinese text, a source without a date.
@Suite struct DataQualityCheckTests {
    static func chip(_ spec: String) -> String {
        "- id: h20\n  name: H20\n  vendor: nvidia\n  kind: gpu\n  specs:\n    \(spec)\n"
    }

    /// A chip whose FP16 figure has `value` and `rest` (excerpt, flags).
    static func fp16(_ value: Int, _ rest: String) -> String {
        chip("fp16_tflops: { value: \(value), unit: TFLOPS, source: s1, confidence: high\(rest) }")
    }

    static func states(_ value: Double, _ unit: Unit, _ excerpt: String) -> Bool {
        ExcerptValueCheck.states(value, unit: unit, in: excerpt)
    }

    static let notStated = "is not stated in its excerpt (mark it `derived: true` if it is arithmetic)"

    static func warnings(chips: String, extra: [String: String] = [:]) throws -> [String] {
        try LoadingTests.load(chips: chips, extra: extra).warnings.map(\.description)
    }

    // MARK: A value its excerpt does not state

    @Test func aValueThatIsNotInItsExcerptIsAWarningAtTheFigure() throws {
        let chips = Self.fp16(150, ", excerpt: \"FP16 148 TFLOPS\"")
        #expect(try Self.warnings(chips: chips) == ["Data/chips.yaml:6:18: warning: value 150 \(Self.notStated)"])
    }

    @Test func theSameValueAsItsExcerptPasses() throws {
        let chips = Self.fp16(148, ", excerpt: \"FP16 148 TFLOPS\"")
        #expect(try Self.warnings(chips: chips).isEmpty)
    }

    @Test func derivedFiguresAndFiguresWithoutExcerptAreNotChecked() throws {
        let derived = Self.fp16(150, ", excerpt: \"148 TFLOPS\", derived: true")
        let bare = Self.fp16(150, "")
        #expect(try Self.warnings(chips: derived).isEmpty)
        #expect(try Self.warnings(chips: bare).isEmpty)
    }

    @Test func separatorsScaleWordsAndUnitsAreNormalised() {
        #expect(Self.states(5.5, Unit(.usd, scale: .billion), "a charge of about $5.5 billion"))
        #expect(Self.states(4.5, Unit(.usd, scale: .billion), "a $4.5bn charge"))
        #expect(Self.states(400, Unit(.usd, scale: .million), "$400 million in sales"))
        #expect(Self.states(1.111, Unit(.cny, scale: .billion), "Q1营收达11.11亿元"))
        #expect(Self.states(0.02567, Unit(.cny, scale: .billion), "上年同期的2567万元"))
        #expect(Self.states(1.174, Unit(.cny, scale: .billion), "营业收入117,446.44万元"))
        #expect(Self.states(12000, Unit(.usd), "H20售價介於1萬和1萬2,000美元"))
        #expect(Self.states(1332.52, Unit(.percent), "up 1,332.52% year on year"))
        #expect(Self.states(300_000, Unit(.tflops), "around 300 PFLOPs in BF16"))
        #expect(Self.states(3, Unit(.count), "這也是黃仁勛2025年第三次來中國"))
        #expect(Self.states(-0.452, Unit(.cny, scale: .billion), "亏损4.52亿元"))
    }

    @Test func aNearbyOrRoundedDifferentValueIsNotTakenAsStated() {
        #expect(!Self.states(150, Unit(.tflops), "FP16 148 TFLOPS"))
        #expect(!Self.states(5.05, Unit(.usd, scale: .trillion), "surpass a $5 trillion market value"))
        #expect(!Self.states(6, Unit(.usd, scale: .billion), "$5.5 billion"))
        #expect(!Self.states(12, Unit(.usd, scale: .billion), "$1.2 billion"))
    }

    // MARK: Names in two scripts

    @Test func aNameMixingSimplifiedAndTraditionalIsAWarning() throws {
        let vendors = "- id: nvidia\n  name: Nvidia\n  name_zh: 英偉达\n"
        let warnings = try Self.warnings(chips: Self.chip("int8_tops: unknown"), extra: ["vendors.yaml": vendors])
        #expect(warnings.contains("Data/vendors.yaml:1:3: warning: name_zh '英偉达' mixes Traditional (偉) and "
            + "Simplified (达) characters; write it in one script"))
    }

    @Test func aNameInOneScriptPasses() throws {
        for name in ["英伟达", "英偉達"] {
            let vendors = "- id: nvidia\n  name: Nvidia\n  name_zh: \(name)\n"
            #expect(try Self.warnings(chips: Self.chip("int8_tops: unknown"), extra: ["vendors.yaml": vendors])
                .filter { $0.contains("mixes") }.isEmpty)
        }
    }

    // MARK: Converter debris

    @Test func aStrayQuestionMarkInAnExcerptIsAWarning() throws {
        let excerpt = "在2025年Q2或?qū)⑹褂ミ_損失80億美元"
        let chips = Self.chip("price_usd: { value: 8, unit: USD billion, source: s1, confidence: high, "
            + "excerpt: \"\(excerpt)\" }")
        let warnings = try Self.warnings(chips: chips)
        #expect(warnings.contains { $0.hasPrefix("Data/chips.yaml:6:") && $0.contains("excerpt has a stray '?'") })
    }

    @Test func aStrayQuestionMarkOrReplacementCharacterInAnArchiveIsAWarningAtItsLine() throws {
        let sources = LoadingTests.sources
            + "- id: s2\n  title: A\n  publisher: W\n  date: 2025\n  archive: archive/s2.txt\n"
        let chips = Self.chip("memory_gb: { value: 96, unit: GB, source: s2, confidence: high, excerpt: \"96 GB\" }")
        let archive = "選擇英偉達芯片?\n他們?nèi)绾巫\n有\u{FFFD}字 96 GB\n"
        let warnings = try Self.warnings(chips: chips, extra: ["sources.yaml": sources, "archive/s2.txt": archive])
            .filter { $0.contains("stray") }
        let message = "inside Chinese text (a converter artefact)"
        #expect(warnings == [
            "Data/archive/s2.txt:2:3: warning: archived text has a stray '?' \(message)",
            "Data/archive/s2.txt:3:2: warning: archived text has a stray '\u{FFFD}' \(message)",
        ])
    }

    // MARK: Sources without a date

    @Test func aSourceWithNeitherDateNorUnknownIsAWarning() throws {
        let sources = LoadingTests.sources + "- id: s2\n  title: Undated\n  publisher: Wire\n"
            + "- id: s3\n  title: U\n  publisher: W\n  date: unknown\n"
        let chips = Self.chip("memory_gb: { value: 96, unit: GB, source: s2, confidence: high }\n"
            + "    tdp_w: { value: 400, unit: W, source: s3, confidence: high }")
        let warnings = try Self.warnings(chips: chips, extra: ["sources.yaml": sources])
        #expect(warnings.filter { $0.contains("no date") } == [
            "Data/sources.yaml:6:3: warning: source 's2' has no date; write its date, or `date: unknown`",
        ])
    }
}
