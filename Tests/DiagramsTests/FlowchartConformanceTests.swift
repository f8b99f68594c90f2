import Diagrams
import Foundation
import TestSupport
import Testing

/// Runs every flowchart of `../shared/mermaid-conformance/flow` and compares our parse with mermaid's.
/// Cases listed in `flowchart-expected-failures.txt` must fail, and every other case must pass, so the
/// list never goes stale.
@Suite struct FlowchartConformanceTests {
  static let corpus = SharedFolder.url?.appendingPathComponent("mermaid-conformance/flow")

  static var expectedFailures: [String: String] {
    let file = SharedFolder.projectRoot.appendingPathComponent(
      "Tests/DiagramsTests/flowchart-expected-failures.txt")
    let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    var result: [String: String] = [:]
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
      if let name = parts.first { result[name] = parts.count > 1 ? parts[1] : "" }
    }
    return result
  }

  @Test(.enabled(if: corpus != nil, "needs ../shared/mermaid-conformance (absent in a fresh clone)"))
  func everyCaseMatchesMermaid() throws {
    let folder = Self.corpus!
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".json")
    }
    .map { String($0.dropLast(5)) }.sorted()
    #expect(names.count >= 900)
    let expected = Self.expectedFailures
    var failures: [String: String] = [:]
    for name in names {
      if let reason = try ConformanceCase.mismatch(folder: folder, name: name) { failures[name] = reason }
    }
    for (name, reason) in failures.sorted(by: { $0.key < $1.key }) where expected[name] == nil {
      Issue.record("flow/\(name) differs from mermaid: \(reason)")
    }
    for name in expected.keys.sorted() where failures[name] == nil {
      Issue.record("flow/\(name) now passes: remove it from flowchart-expected-failures.txt")
    }
    let passed = names.count - failures.count
    #expect(Double(passed) / Double(names.count) >= 0.98, "\(passed) of \(names.count) pass")
  }
}
