// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for festdoc's parsers and renderer. A package of its own so the main package's
// `swift build` never sees them; `make fuzz` builds them with `-sanitize=fuzzer` and runs them.
let settings: [SwiftSetting] = []

let package = Package(
  name: "festdoc-fuzz",
  platforms: [.macOS(.v14)],
  dependencies: [.package(name: "festdoc", path: "..")],
  targets: [
    .target(name: "FuzzerDriver"),
    .executableTarget(
      name: "fuzz-flowchart", dependencies: ["FuzzerDriver", .product(name: "Diagrams", package: "festdoc")],
      swiftSettings: settings),
    .executableTarget(
      name: "fuzz-sequence", dependencies: ["FuzzerDriver", .product(name: "Diagrams", package: "festdoc")],
      swiftSettings: settings),
    .executableTarget(
      name: "fuzz-er", dependencies: ["FuzzerDriver", .product(name: "Diagrams", package: "festdoc")],
      swiftSettings: settings),
    .executableTarget(
      name: "fuzz-state", dependencies: ["FuzzerDriver", .product(name: "Diagrams", package: "festdoc")],
      swiftSettings: settings),
    .executableTarget(
      name: "fuzz-class", dependencies: ["FuzzerDriver", .product(name: "Diagrams", package: "festdoc")],
      swiftSettings: settings),
    .executableTarget(
      name: "fuzz-model",
      dependencies: ["FuzzerDriver", .product(name: "FestdocStages", package: "festdoc")],
      swiftSettings: settings),
    .executableTarget(
      name: "fuzz-openapi", dependencies: ["FuzzerDriver", .product(name: "FestdocStages", package: "festdoc")],
      swiftSettings: settings),
    .executableTarget(
      name: "fuzz-protobuf",
      dependencies: ["FuzzerDriver", .product(name: "FestdocStages", package: "festdoc")],
      swiftSettings: settings),
    .executableTarget(
      name: "fuzz-renderer",
      dependencies: ["FuzzerDriver", .product(name: "FestdocStages", package: "festdoc")],
      swiftSettings: settings),
  ]
)
