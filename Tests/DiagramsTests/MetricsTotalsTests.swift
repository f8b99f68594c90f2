import Foundation
import TestSupport
import Testing

@testable import Diagrams

/// The drawing metrics summed over every corpus festdoc draws, held in golden files: a layout change
/// that makes any count worse fails here, naming the count; one that makes it better asks for a
/// re-record (`RECORD_SNAPSHOTS=1`), so the golden always says where the layout stands.
@Suite struct MetricsTotalsTests {
  static let root = SharedFolder.projectRoot

  /// Every `.mmd` under `folder`, sorted.
  static func sources(_ folder: URL) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".mmd") }.sorted().compactMap {
      try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
    }
  }

  /// The sum of every drawing's metrics, and how many sources drew.
  static func totals(_ sources: [String]) -> (DrawingMetrics, Int) {
    var sum = DrawingMetrics()
    var drawn = 0
    for source in sources {
      switch DiagramKind.detect(source) {
      case .flowchart:
        guard let chart = try? FlowchartParser.parse(source) else { continue }
        sum = sum + DrawingMetrics(FlowchartLayout.layout(chart))
      case .sequence:
        guard let diagram = try? SequenceParser.parse(source) else { continue }
        sum = sum + DrawingMetrics(SequenceLayout.layout(diagram))
      case .entityRelationship:
        guard let diagram = try? ERParser.parse(source) else { continue }
        sum = sum + DrawingMetrics(ERLayout.layout(diagram).flow)
      case .state:
        guard let diagram = try? StateParser.parse(source) else { continue }
        sum = sum + DrawingMetrics(StateLayout.layout(diagram))
      case .classDiagram:
        guard let diagram = try? ClassParser.parse(source) else { continue }
        sum = sum + DrawingMetrics(ClassLayout.layout(diagram).flow)
      case .unknown: continue
      }
      drawn += 1
    }
    return (sum, drawn)
  }

  static func text(_ metrics: DrawingMetrics, drawn: Int) -> String {
    JSONValue.object([("drawings", .number(drawn))] + metrics.counts.map { ($0.0, .number($0.1)) })
      .serialized() + "\n"
  }

  /// Compares with the golden file, naming each count that got worse before the byte comparison.
  static func check(_ folder: URL, golden name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let (metrics, drawn) = totals(sources(folder))
    let actual = text(metrics, drawn: drawn)
    let goldenURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Snapshots/\(name)")
    if let data = FileManager.default.contents(atPath: goldenURL.path),
      let expected = try? JSONSerialization.jsonObject(with: data) as? [String: Int]
    {
      let worse = metrics.counts.filter { name, value in value > (expected[name] ?? .max) }
      for (metric, value) in worse {
        Issue.record(
          "\(name): \(metric) got worse, \(expected[metric] ?? 0) -> \(value)", sourceLocation: sourceLocation
        )
      }
    }
    assertGolden(actual, named: name, sourceLocation: sourceLocation)
  }

  @Test func mermaidExamplesHoldTheirTotals() {
    Self.check(
      Self.root.appendingPathComponent("Tests/Fixtures/mermaid-examples"),
      golden: "metrics-mermaid-examples.json")
  }

  @Test func fixturesHoldTheirTotals() {
    Self.check(
      Self.root.appendingPathComponent("Tests/DiagramsTests/Diagrams"), golden: "metrics-fixtures.json")
  }

  @Test(arguments: ["flow", "seq"])
  func sharedCorpusHoldsItsTotals(corpus: String) throws {
    guard let shared = SharedFolder.url else {
      print("skipped: ../shared is absent, so the shared corpus totals are not checked")
      return
    }
    Self.check(
      shared.appendingPathComponent("mermaid-conformance/\(corpus)"), golden: "metrics-shared-\(corpus).json")
  }
}
