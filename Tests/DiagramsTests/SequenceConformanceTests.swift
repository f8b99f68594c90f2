import Diagrams
import Foundation
import TestSupport
import Testing

/// Every sequence diagram of `../shared/mermaid-conformance/seq` against mermaid's result: actors (name,
/// alias, type), messages and control entries in order (from, to, kind, text), boxes. Listed expected
/// failures must fail, every other case must pass.
@Suite struct SequenceConformanceTests {
  static let corpus = SharedFolder.url?.appendingPathComponent("mermaid-conformance/seq")

  static var expectedFailures: Set<String> {
    let file = SharedFolder.projectRoot.appendingPathComponent(
      "Tests/DiagramsTests/sequence-expected-failures.txt")
    let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    return Set(
      text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap {
        $0.split(separator: " ").first.map(String.init)
      })
  }

  static func normalize(_ facts: [String: Any]) -> [String: Any] {
    func pick(_ item: Any, _ keys: [String]) -> [String: Any] {
      let dictionary = item as? [String: Any] ?? [:]
      var result: [String: Any] = [:]
      for key in keys { result[key] = dictionary[key] ?? NSNull() }
      return result
    }
    return [
      "actors": (facts["actors"] as? [Any] ?? []).map { pick($0, ["name", "description", "type"]) },
      "messages": (facts["messages"] as? [Any] ?? []).map { pick($0, ["from", "to", "kind", "message"]) },
      "boxes": (facts["boxes"] as? [Any] ?? []).map { pick($0, ["name", "fill", "actorKeys"]) },
    ]
  }

  static func mismatch(folder: URL, name: String) throws -> String? {
    let object =
      try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(name + ".json")))
      as? [String: Any] ?? [:]
    let oracle = object["oracle"] as? [String: Any] ?? [:]
    let expectsParse = oracle["ok"] as? Bool ?? false
    let source = try String(contentsOf: folder.appendingPathComponent(name + ".mmd"), encoding: .utf8)
    let diagram: SequenceDiagram
    do {
      diagram = try SequenceParser.parse(source)
    } catch {
      return expectsParse ? "did not parse: \(error)" : nil
    }
    guard expectsParse else { return "parsed, but mermaid gives an error" }
    let ours = normalize(
      try JSONSerialization.jsonObject(with: Data(diagram.json.serialized().utf8)) as? [String: Any] ?? [:])
    let theirs = normalize(oracle["facts"] as? [String: Any] ?? [:])
    for key in theirs.keys.sorted()
    where ConformanceCase.describe(ours[key]) != ConformanceCase.describe(theirs[key]) {
      return
        "\(key): ours \(ConformanceCase.describe(ours[key])) mermaid's \(ConformanceCase.describe(theirs[key]))"
    }
    return nil
  }

  @Test(.enabled(if: corpus != nil, "needs ../shared/mermaid-conformance (absent in a fresh clone)"))
  func everyCaseMatchesMermaid() throws {
    let folder = Self.corpus!
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".json")
    }
    .map { String($0.dropLast(5)) }.sorted()
    #expect(names.count >= 130)
    let expected = Self.expectedFailures
    var failures = Set<String>()
    for name in names {
      guard let reason = try Self.mismatch(folder: folder, name: name) else { continue }
      failures.insert(name)
      if !expected.contains(name) { Issue.record("seq/\(name) differs from mermaid: \(reason)") }
    }
    for name in expected.sorted() where !failures.contains(name) {
      Issue.record("seq/\(name) now passes: remove it from sequence-expected-failures.txt")
    }
  }
}
