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
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
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
            dependencies: ["ReportSite", .product(name: "FlyingFox", package: "FlyingFox")]
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

        .testTarget(name: "ReportModelTests", dependencies: ["ReportModel"]),
        .testTarget(name: "ReportTemplatesTests", dependencies: ["ReportTemplates", "ReportDiagnostics"]),
        .testTarget(name: "ReportMarkdownTests", dependencies: ["ReportMarkdown"]),
        .testTarget(name: "ReportChartsTests", dependencies: ["ReportCharts"], exclude: ["Golden"]),
        .testTarget(name: "ReportHistoryTests", dependencies: ["ReportHistory", "ReportModel"]),
        .testTarget(name: "ReportSiteTests", dependencies: ["ReportSite", "ReportHistory"], exclude: ["Golden"]),
        .testTarget(name: "ReportServerTests", dependencies: ["ReportServer"]),
        .testTarget(name: "ReportCLITests", dependencies: ["ReportCLI"]),
    ],
    swiftLanguageModes: [.v6]
)
