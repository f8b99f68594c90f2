// swift-tools-version: 6.0
import PackageDescription

// Data flows one way: ContentReader (files) -> Markdown (parse) -> FestivalModel -> FestivalChecks
// -> SitePlan -> PageRenderer (resolve, render) -> SiteWriter, as the named steps of SiteBuild.
// Diagrams knows nothing of festivals. docs/architecture.md draws the picture.
let package = Package(
  name: "festdoc",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "festdoc", targets: ["festdoc"]),
    .executable(name: "festdoc-bench", targets: ["festdoc-bench"]),
    // The stages as libraries, for the fuzzers in Fuzz/ (a package of their own).
    .library(name: "Diagrams", targets: ["Diagrams"]),
    .library(
      name: "FestdocStages",
      targets: [
        "Diagnostics", "ContentReader", "Markdown", "FestivalModel", "SitePlan", "PageRenderer", "SiteBuild",
      ]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CCmarkGFM",
      pkgConfig: "libcmark-gfm",
      providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
    ),
    .target(name: "Diagnostics"),
    // Escaping for HTML, XML and SVG, and which URLs may become links: every writer of markup uses it.
    .target(name: "MarkupSafety"),
    // cmark-gfm made safe to run on several threads at once (see its cmark_threads.c).
    .target(name: "CmarkThreads", dependencies: ["CCmarkGFM"], linkerSettings: [.linkedLibrary("dl")]),
    // Work split across threads (Concurrently): the parse and the render use it.
    .target(name: "Parallelism"),
    .target(name: "Markdown", dependencies: ["CCmarkGFM", "CmarkThreads", "Parallelism"]),
    .target(name: "ContentReader", dependencies: ["Diagnostics"]),
    .target(
      name: "FestivalModel",
      dependencies: ["Diagnostics", "Markdown", "ContentReader", "Parallelism", "Yams"]
    ),
    // The diagram engines: mermaid's languages parsed, laid out and drawn. Knows nothing of festivals.
    .target(name: "Diagrams", dependencies: ["Yams", "MarkupSafety"]),
    .target(
      name: "FestivalChecks", dependencies: ["Diagnostics", "ContentReader", "FestivalModel", "Markdown", "Diagrams"]),
    .target(name: "SitePlan", dependencies: ["ContentReader", "Diagnostics", "FestivalModel"]),
    // Two models of the same content compared: classified changes and the components they reach.
    .target(name: "ContractDiff", dependencies: ["Diagnostics", "FestivalModel", "Diagrams"]),
    .target(
      name: "PageRenderer",
      dependencies: [
        "Diagnostics", "ContentReader", "Markdown", "FestivalModel", "SitePlan", "Diagrams", "MarkupSafety",
        "ChangeHistory", "Parallelism",
        "ContractDiff", .product(name: "Mustache", package: "swift-mustache"),
      ]
    ),
    .target(name: "SiteWriter", dependencies: ["Diagnostics"]),
    // The build as named steps over one context (read, model, check, plan, resolve, render, write):
    // what the CLI, the fuzzers and the tests run.
    .target(
      name: "SiteBuild",
      dependencies: [
        "Diagnostics", "ContentReader", "FestivalModel", "FestivalChecks", "SitePlan", "PageRenderer", "SiteWriter",
        "ChangeHistory", "Parallelism",
      ]),
    // `festdoc serve`: the built site over HTTP, folders watched with inotify, open tabs reloaded.
    .target(
      name: "PreviewServer",
      dependencies: [
        .product(name: "Hummingbird", package: "hummingbird"), .product(name: "Logging", package: "swift-log"),
      ]),
    // A contract diff written for people (HTML, markdown) and for tools (JSON).
    .target(name: "DiffReport", dependencies: ["ContractDiff", "Diagnostics", "Diagrams", "MarkupSafety"]),
    // The contract changes of the last commits that touched the content, for the changes feed.
    .target(name: "ChangeHistory", dependencies: ["ContentReader", "FestivalModel", "ContractDiff"]),
    // The merged contract written out in the formats API tools read (OpenAPI).
    .target(name: "ContractExport", dependencies: ["FestivalModel"]),
    // Findings and changes for review and CI tools: SARIF, JUnit, fingerprints and baselines.
    .target(name: "CIFormats", dependencies: ["Diagnostics", "ContractDiff", "FestivalChecks", "MarkupSafety"]),
    // The other way out: the rendered site as one self-contained HTML file.
    .target(name: "SingleFileExport", dependencies: ["PageRenderer", "SitePlan", "MarkupSafety"]),
    .target(
      name: "FestdocCLI",
      dependencies: [
        "Diagnostics", "ContentReader", "FestivalModel", "FestivalChecks", "SitePlan", "PageRenderer", "SiteWriter",
        "SiteBuild", "SingleFileExport", "Diagrams", "ContractDiff", "DiffReport", "PreviewServer", "CIFormats",
        "ChangeHistory", "ContractExport", "Parallelism",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "festdoc", dependencies: ["FestdocCLI"]),
    // Benchmark inputs: synthetic festivals and graphs (make bench).
    .target(name: "BenchSupport"),
    .executableTarget(
      name: "festdoc-bench",
      dependencies: [
        "BenchSupport", "ContentReader", "Diagrams", "FestivalModel",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "MarkupSafetyTests", dependencies: ["MarkupSafety"]),
    .testTarget(name: "ParallelismTests", dependencies: ["Parallelism"]),
    .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "TestSupport"], exclude: ["Snapshots"]),
    .testTarget(
      name: "ContentReaderTests", dependencies: ["ContentReader", "TestSupport"], exclude: ["Snapshots"]),
    .testTarget(
      name: "FestivalModelTests",
      dependencies: ["FestivalModel", "ContentReader", "Markdown", "Diagnostics", "TestSupport"],
      exclude: ["Snapshots"]
    ),
    .testTarget(
      name: "FestivalChecksTests",
      dependencies: [
        "FestivalChecks", "FestivalModel", "ContentReader", "Diagnostics", "SitePlan", "PageRenderer", "Diagrams",
        "SiteBuild", "TestSupport",
      ],
      exclude: ["Snapshots"]),
    .testTarget(
      name: "DiagramsTests", dependencies: ["Diagrams", "TestSupport"],
      exclude: [
        "Snapshots", "Diagrams", "flowchart-expected-failures.txt", "sequence-expected-failures.txt",
        "state-expected-failures.txt", "er-expected-failures.txt", "class-expected-failures.txt",
      ]),
    .testTarget(
      name: "SitePlanTests", dependencies: ["SitePlan", "FestivalModel", "ContentReader", "TestSupport"],
      exclude: ["Snapshots"]),
    .testTarget(
      name: "PageRendererTests",
      dependencies: [
        "PageRenderer", "SitePlan", "FestivalModel", "FestivalChecks", "ContentReader", "Markdown", "Diagnostics",
        "SiteBuild", "MarkupSafety", "TestSupport", "BenchSupport", "Parallelism", "Diagrams", .product(name: "Mustache", package: "swift-mustache"),
      ],
      exclude: ["Snapshots"]),
    .testTarget(
      name: "ContractDiffTests",
      dependencies: ["ContractDiff", "FestivalModel", "ContentReader", "TestSupport"]),
    .testTarget(
      name: "DiffReportTests", dependencies: ["DiffReport", "ContractDiff", "FestivalModel", "ContentReader", "TestSupport"],
      exclude: ["Snapshots"]),
    .testTarget(
      name: "ContractExportTests",
      dependencies: ["ContractExport", "FestivalModel", "ContentReader", "TestSupport", "festdoc"]),
    .testTarget(name: "ChangeHistoryTests", dependencies: ["ChangeHistory", "ContractDiff", "TestSupport"]),
    .testTarget(
      name: "CIFormatsTests",
      dependencies: ["CIFormats", "ContractDiff", "FestivalModel", "ContentReader", "Diagnostics", "TestSupport"]),
    .testTarget(name: "PreviewServerTests", dependencies: ["PreviewServer", "TestSupport"]),
    .testTarget(name: "SiteWriterTests", dependencies: ["SiteWriter", "TestSupport"], exclude: ["Snapshots"]),
    .testTarget(
      name: "SingleFileExportTests",
      dependencies: [
        "SingleFileExport", "PageRenderer", "SitePlan", "FestivalModel", "ContentReader", "SiteBuild", "MarkupSafety",
        "TestSupport",
      ]),
    .testTarget(
      name: "BenchSupportTests",
      dependencies: [
        "BenchSupport", "ContentReader", "FestivalModel", "FestivalChecks", "TestSupport", "festdoc", "festdoc-bench",
      ]),
    .testTarget(
      name: "FestdocCLITests", dependencies: ["FestdocCLI", "TestSupport", "festdoc"], exclude: ["Snapshots"]),
  ]
)
