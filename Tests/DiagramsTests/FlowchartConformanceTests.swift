import Diagrams
import Foundation
import TestSupport
import Testing

/// Every flowchart of `../shared/mermaid-conformance/flow` against mermaid's parse: direction, vertices,
/// edges, subgraphs (their nodes as sets), classes and accessibility texts.
@Suite struct FlowchartConformanceTests {
  static let corpus = ConformanceCorpus(
    label: "flow", expectedFailuresFile: "flowchart-expected-failures.txt",
    ours: { try FlowchartParser.parse($0).json.serialized() }, normalize: normalize)

  static func normalize(_ facts: [String: Any]) -> [String: Any] {
    let pick = ConformanceCorpus.pick
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

  @Test(.enabled(if: corpus.folder != nil, "needs ../shared/mermaid-conformance (absent in a fresh clone)"))
  func everyCaseMatchesMermaid() throws {
    let (cases, failures) = try Self.corpus.checkEveryCase()
    #expect(cases >= 900)
    let passed = cases - failures
    #expect(Double(passed) / Double(cases) >= 0.98, "\(passed) of \(cases) pass")
  }
}
