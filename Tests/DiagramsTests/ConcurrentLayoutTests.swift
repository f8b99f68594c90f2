import Dispatch
import Foundation
import TestSupport
import Testing

@testable import Diagrams

/// Laying out charts on several threads at once draws each as one thread alone does: nothing a layout
/// keeps is shared, and nothing it reads is left over from another layout.
@Suite struct ConcurrentLayoutTests {
  @Test func chartsDrawnSideBySideMatchChartsDrawnAlone() throws {
    let folder = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/mermaid-examples")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".mmd")
    }
    let examples = names.sorted().compactMap { name -> String? in
      guard let source = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8),
        DiagramKind.detect(source) == .flowchart
      else { return nil }
      return source
    }
    // Charts with crossings left after the starts, so that `shake` runs: random, some in subgraphs.
    let charts = (examples + (1...8).map(Self.randomChart)).compactMap { try? FlowchartParser.parse($0) }
    let alone = charts.map {
      FlowchartSVG.render(FlowchartLayout.layout($0), chart: $0, options: .init(idPrefix: "t"))
    }
    let mismatches = Mismatches()
    // Each chart drawn three times, interleaved with the others, on every core.
    DispatchQueue.concurrentPerform(iterations: charts.count * 3) { index in
      let chart = charts[index % charts.count]
      let svg = FlowchartSVG.render(
        FlowchartLayout.layout(chart), chart: chart, options: .init(idPrefix: "t"))
      if svg != alone[index % charts.count] { mismatches.add(index % charts.count) }
    }
    #expect(mismatches.charts.isEmpty, "charts drawn differently: \(mismatches.charts.sorted())")
  }
}

extension ConcurrentLayoutTests {
  static func randomChart(seed: Int) -> String {
    var random = SeededRandom(seed: UInt64(seed))
    let nodes = 20 + Int(random.next() % 20)
    var lines = ["flowchart TD"]
    if seed % 2 == 0 {
      lines.append("subgraph group [Group]")
      for node in 0..<(nodes / 4) { lines.append("  n\(node)") }
      lines.append("end")
    }
    for _ in 0..<(nodes * 3 / 2) {
      let from = Int(random.next() % UInt64(nodes - 1))
      let to = from + 1 + Int(random.next() % UInt64(nodes - from - 1))
      lines.append("n\(from) --> n\(to)")
    }
    return lines.joined(separator: "\n")
  }
}

private final class Mismatches: @unchecked Sendable {
  private let lock = NSLock()
  private var found: Set<Int> = []

  func add(_ chart: Int) {
    lock.lock()
    found.insert(chart)
    lock.unlock()
  }

  var charts: Set<Int> {
    lock.lock()
    defer { lock.unlock() }
    return found
  }
}
