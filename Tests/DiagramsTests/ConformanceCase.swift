import Diagrams
import Foundation

/// One corpus case: mermaid's facts against ours, in the fields the issue names (subgraph nodes as sets).
enum ConformanceCase {
  static func mismatch(folder: URL, name: String) throws -> String? {
    let data = try Data(contentsOf: folder.appendingPathComponent(name + ".json"))
    let source = try String(contentsOf: folder.appendingPathComponent(name + ".mmd"), encoding: .utf8)
    let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    let oracle = object["oracle"] as? [String: Any] ?? [:]
    let expectsParse = oracle["ok"] as? Bool ?? false
    let chart: Flowchart
    do {
      chart = try FlowchartParser.parse(source)
    } catch {
      return expectsParse ? "did not parse: \(error)" : nil
    }
    guard expectsParse else { return "parsed, but mermaid gives an error" }
    let theirs = normalize(oracle["facts"] as? [String: Any] ?? [:])
    let oursData = Data(chart.json.serialized().utf8)
    let ours = normalize(try JSONSerialization.jsonObject(with: oursData) as? [String: Any] ?? [:])
    for key in theirs.keys.sorted() where !equal(ours[key], theirs[key]) {
      return "\(key): ours \(describe(ours[key])) mermaid's \(describe(theirs[key]))"
    }
    return nil
  }

  static func normalize(_ facts: [String: Any]) -> [String: Any] {
    func pick(_ item: Any, _ keys: [String]) -> [String: Any] {
      let dictionary = item as? [String: Any] ?? [:]
      var result: [String: Any] = [:]
      for key in keys { result[key] = dictionary[key] ?? NSNull() }
      return result
    }
    var result: [String: Any] = [
      "direction": facts["direction"] ?? NSNull(),
      "vertices": (facts["vertices"] as? [Any] ?? []).map {
        pick($0, ["id", "text", "labelType", "shape", "classes", "styles"])
      },
      "edges": (facts["edges"] as? [Any] ?? []).map {
        pick($0, ["start", "end", "type", "stroke", "length", "text", "labelType", "id"])
      },
      "subgraphs": (facts["subgraphs"] as? [Any] ?? []).map { item -> [String: Any] in
        var subgraph = pick(item, ["id", "title", "nodes", "dir"])
        subgraph["nodes"] = ((subgraph["nodes"] as? [String]) ?? []).sorted()
        return subgraph
      },
      "classes": (facts["classes"] as? [String: Any] ?? [:]).mapValues {
        pick($0, ["id", "styles", "textStyles"])
      },
    ]
    for key in ["accTitle", "accDescr"] { if let value = facts[key] { result[key] = value } }
    return result
  }

  static func equal(_ lhs: Any?, _ rhs: Any?) -> Bool {
    describe(lhs) == describe(rhs)
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
