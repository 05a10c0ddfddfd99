@testable import ReportCharts

/// Test inputs for every preset. The numbers are test inputs only, not claims.
enum Samples {
    static let rankedBars = RankedBarChart(
        id: "fp16-ranked", title: "Dense FP16 throughput by chip",
        items: [
            .init(label: "H100 SXM", value: 989),
            .init(label: "B200", value: 2250),
            .init(label: "H20", value: 148, highlight: true),
            .init(label: "昇騰910C", value: 780),
            .init(label: "MTT S80", value: 14.4),
            .init(label: "Cambricon MLU370-X8 (dual-chip board)", value: 96),
        ],
        format: .tflops)

    static let normalizedBars = NormalizedBarChart(
        id: "specs-vs-h100", title: "Specs relative to H100",
        reference: "H100", groups: ["H100", "H20", "昇騰910C", "B200"],
        series: [
            .init(name: "Dense FP16", values: [989, 148, 780, 2250], format: .tflops),
            .init(name: "Memory bandwidth", values: [3.35, 4.0, 3.2, 8.0], format: .terabytesPerSecond),
            .init(name: "Memory", values: [80, 96, nil, 192], format: .gigabytes),
        ],
        groupHeading: "Chip")

    static let timeSeries = TimeSeriesChart(
        id: "revenue", title: "Quarterly revenue",
        series: [
            .init(name: "Data center", points: quarters(2022, [3.8, 3.8, 3.8, 3.6, 4.3, 10.3, 14.5, 18.4, 22.6, 26.3, 30.8, 35.6])),
            .init(name: "China", points: quarters(2022, [2.0, 1.3, 1.2, 1.5, 3.3, 2.7, 4.0, nil, 2.5, 3.7, 5.4, 5.5])),
        ],
        annotations: [
            .init(date: ChartDate(year: 2022, month: 10, day: 7), label: "Export rule"),
            .init(date: ChartDate(year: 2023, month: 10, day: 17), label: "Rule update"),
            .init(date: ChartDate(year: 2023, month: 11, day: 1), label: "<Overlapping> event"),
        ],
        format: .dollars)

    static let scatter = ScatterChart(
        id: "bandwidth-vs-compute", title: "Memory bandwidth vs compute",
        points: [
            .init(label: "H100", x: 3.35, y: 989),
            .init(label: "H20", x: 4.0, y: 148),
            .init(label: "H800", x: 3.35, y: 989),
            .init(label: "昇騰910C", x: 3.2, y: 780),
            .init(label: "昇騰910B", x: 1.6, y: 376),
            .init(label: "B200", x: 8.0, y: 2250),
            .init(label: "MTT S80", x: 0.45, y: 14.4),
            .init(label: "MLU370", x: 0.6, y: 96),
        ],
        xLabel: "Memory bandwidth", yLabel: "Dense FP16",
        xFormat: .terabytesPerSecond, yFormat: .tflops, logX: false, logY: true)

    static let timeline = TimelineChart(
        id: "export-timeline", title: "Export controls and products",
        events: [
            .init(start: ChartDate(year: 2022, month: 10, day: 7), label: "First export rule", category: "Rules"),
            .init(start: ChartDate(year: 2023, month: 10, day: 17), label: "Rule update", category: "Rules"),
            .init(start: ChartDate(year: 2024, month: 12, day: 2), label: "HBM rule", category: "Rules"),
            .init(start: ChartDate(year: 2022, month: 11, day: 1), label: "A800 ships", category: "Nvidia"),
            .init(start: ChartDate(year: 2023, month: 3, day: 1), label: "H800 ships", category: "Nvidia"),
            .init(start: ChartDate(year: 2024, month: 1, day: 15), end: ChartDate(year: 2025, month: 4, day: 9),
                  label: "H20 on sale", category: "Nvidia"),
            .init(start: ChartDate(year: 2023, month: 8, day: 29), label: "昇騰910B in phones' sibling news", category: "Huawei"),
            .init(start: ChartDate(year: 2024, month: 10, day: 1), label: "昇騰910C sampling", category: "Huawei"),
        ])

    static let range = RangeChart(
        id: "china-revenue-estimates", title: "Estimates of a disputed figure",
        estimates: [
            .init(label: "Source A", value: 12e9),
            .init(label: "Source B", value: 17.1e9),
            .init(label: "Source C", value: 15e9),
            .init(label: "Source D (filing)", value: 17.5e9),
            .init(label: "Source E", value: 14.2e9),
        ],
        format: .dollars)

    static func quarters(_ year: Int, _ values: [Double?]) -> [TimeSeriesChart.Point] {
        values.enumerated().map { index, value in
            TimeSeriesChart.Point(date: ChartDate(year: year + index / 4, month: (index % 4) * 3 + 1, day: 1),
                                  value: value.map { $0 * 1e9 })
        }
    }

    /// Every preset's chart, by golden file name.
    static func all() throws -> [(name: String, chart: Chart)] {
        [
            ("ranked-bars", try rankedBars.render()),
            ("normalized-bars", try normalizedBars.render()),
            ("time-series", try timeSeries.render()),
            ("scatter", try scatter.render()),
            ("timeline", try timeline.render()),
            ("range", try range.render()),
        ]
    }
}
