// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "report",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "report", targets: ["report"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // The preview server: SwiftNIO's HTTP parser bounds request and header lines (FlyingFox
        // 0.27 read them in quadratic time with no limit).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.1"),
    ],
    targets: [
        // One diagnostic type (file, line, column, severity, message) under every module.
        .target(name: "ReportDiagnostics"),
        // Leaf modules: none of these imports another of them.
        .target(
            name: "ReportModel",
            dependencies: ["ReportDiagnostics", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "ReportTemplates",
            dependencies: ["ReportDiagnostics"]
        ),
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "ReportMarkdown", dependencies: ["CCmarkGFM"]),
        .target(name: "ReportCharts"),

        // Composition.
        // The data's history: figure-level changes between versions of Data/ read from git.
        .target(name: "ReportHistory", dependencies: ["ReportModel"]),
        .target(
            name: "ReportSite",
            dependencies: ["ReportModel", "ReportHistory", "ReportTemplates", "ReportMarkdown", "ReportCharts"]
        ),
        .target(
            name: "ReportServer",
            dependencies: [
                "ReportSite",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
            ]
        ),
        .target(
            name: "ReportCLI",
            dependencies: [
                "ReportSite",
                "ReportServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "report", dependencies: ["ReportCLI"]),
        // The benchmark: a synthetic corpus, our builds against Hugo's and the cmark-gfm floor.
        .executableTarget(name: "report-bench", dependencies: ["ReportMarkdown"]),

        // What each fuzz target does with an input (public APIs only); FuzzReplayTests replays
        // the crashes kept under Tests/Fixtures/fuzz through it.
        .target(
            name: "ReportFuzzHarness", dependencies: ["ReportModel", "ReportTemplates", "ReportMarkdown"],
            path: "Fuzz/Harness"
        ),

        .testTarget(name: "ReportModelTests", dependencies: ["ReportModel"]),
        .testTarget(name: "ReportTemplatesTests", dependencies: ["ReportTemplates", "ReportDiagnostics"]),
        .testTarget(name: "ReportMarkdownTests", dependencies: ["ReportMarkdown"]),
        .testTarget(name: "ReportChartsTests", dependencies: ["ReportCharts"], exclude: ["Golden"]),
        .testTarget(name: "ReportHistoryTests", dependencies: ["ReportHistory", "ReportModel"]),
        .testTarget(name: "ReportSiteTests", dependencies: ["ReportSite", "ReportHistory"], exclude: ["Golden"]),
        .testTarget(name: "ReportServerTests", dependencies: ["ReportServer"]),
        .testTarget(name: "ReportCLITests", dependencies: ["ReportCLI", "report"]),
        .testTarget(name: "FuzzReplayTests", dependencies: ["ReportFuzzHarness"]),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer driver, only for `make fuzz` (scripts/fuzz), which builds it with
// -sanitize=fuzzer,address into .build-fuzz.
if Context.environment["REPORT_FUZZ"] != nil {
    package.targets.append(
        .executableTarget(name: "report-fuzz", dependencies: ["ReportFuzzHarness"], path: "Fuzz/Driver")
    )
}
