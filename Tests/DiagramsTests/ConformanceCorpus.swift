import Foundation
import TestSupport
import Testing

/// One corpus of `../shared/mermaid-conformance`: `name.mmd` beside `name.json` holding mermaid's `oracle`
/// (whether it parsed, and the facts it parsed). Cases listed in the expected-failures file must fail and
/// every other case must pass, so the list never goes stale.
struct ConformanceCorpus: Sendable {
  /// `flow` or `seq`, the corpus folder and the prefix of reported cases.
  let label: String
  let expectedFailuresFile: String
  /// Our parse of a source as JSON text; throws when we reject the source.
  let ours: @Sendable (String) throws -> String
  /// The facts compared, in the shape both sides are brought to.
  let normalize: @Sendable ([String: Any]) -> [String: Any]

  var folder: URL? { SharedFolder.url?.appendingPathComponent("mermaid-conformance/\(label)") }

  func names() throws -> [String] {
    guard let folder else { return [] }
    return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
      .map { String($0.dropLast(5)) }.sorted()
  }

  /// Names from the file's lines (`name` or `name reason`); `#` starts a comment line.
  func expectedFailures() -> Set<String> {
    let file = SharedFolder.projectRoot.appendingPathComponent("Tests/DiagramsTests/\(expectedFailuresFile)")
    let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    return Set(
      text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap {
        $0.split(separator: " ").first.map(String.init)
      })
  }

  /// Why a case differs from mermaid, or nil when it matches.
  func mismatch(_ name: String) throws -> String? {
    guard let folder else { return nil }
    let data = try Data(contentsOf: folder.appendingPathComponent(name + ".json"))
    let source = try String(contentsOf: folder.appendingPathComponent(name + ".mmd"), encoding: .utf8)
    let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    let oracle = object["oracle"] as? [String: Any] ?? [:]
    let expectsParse = oracle["ok"] as? Bool ?? false
    let json: String
    do {
      json = try ours(source)
    } catch {
      return expectsParse ? "did not parse: \(error)" : nil
    }
    guard expectsParse else { return "parsed, but mermaid gives an error" }
    let theirs = normalize(oracle["facts"] as? [String: Any] ?? [:])
    let mine = normalize(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] ?? [:])
    for key in theirs.keys.sorted() where Self.describe(mine[key]) != Self.describe(theirs[key]) {
      return "\(key): ours \(Self.describe(mine[key])) mermaid's \(Self.describe(theirs[key]))"
    }
    return nil
  }

  /// Checks every case, recording an issue for each unexpected difference and each listed case that
  /// now passes. Returns how many cases there are and how many differ.
  @discardableResult
  func checkEveryCase() throws -> (cases: Int, failures: Int) {
    let names = try names()
    let expected = expectedFailures()
    var failures = Set<String>()
    for name in names {
      guard let reason = try mismatch(name) else { continue }
      failures.insert(name)
      if !expected.contains(name) { Issue.record("\(label)/\(name) differs from mermaid: \(reason)") }
    }
    for name in expected.sorted() where !failures.contains(name) {
      Issue.record("\(label)/\(name) now passes: remove it from \(expectedFailuresFile)")
    }
    return (names.count, failures.count)
  }

  /// The issue's bar for a language: at least `minimum` cases, and at least 98% of them parsed as mermaid
  /// parses them (with `checkEveryCase`'s issues for every unexpected difference).
  func expectTheBar(minimum: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let (cases, failures) = try checkEveryCase()
    #expect(cases >= minimum, sourceLocation: sourceLocation)
    #expect(
      Double(cases - failures) >= 0.98 * Double(cases), "\(cases - failures) of \(cases) match",
      sourceLocation: sourceLocation)
  }

  /// Keeps the named keys of a JSON object, missing ones as null.
  static func pick(_ item: Any, _ keys: [String]) -> [String: Any] {
    let dictionary = item as? [String: Any] ?? [:]
    var result: [String: Any] = [:]
    for key in keys { result[key] = dictionary[key] ?? NSNull() }
    return result
  }

  /// A canonical text of a JSON value (sorted keys), for comparing and for messages.
  static func describe(_ value: Any?) -> String {
    guard let value, !(value is NSNull) else { return "null" }
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: ["v": value], options: [.sortedKeys, .fragmentsAllowed]),
      let text = String(data: data, encoding: .utf8)
    else { return String(describing: value) }
    return String(text.dropFirst(5).dropLast())
  }
}
