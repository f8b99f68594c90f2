import Diagrams
import Foundation
import TestSupport
import Testing

/// Every state diagram of `../shared/mermaid-conformance/state` against mermaid's result: every node at
/// every depth (id, type, shape, label, further description lines, parent, direction, note position,
/// classes and styles), the edges with their labels, `classDef`s and the direction.
@Suite struct StateConformanceTests {
  static let corpus = ConformanceCorpus(
    label: "state", expectedFailuresFile: "state-expected-failures.txt",
    ours: { try StateParser.parse($0).json.serialized() }, normalize: normalize)

  static func normalize(_ facts: [String: Any]) -> [String: Any] {
    let pick = ConformanceCorpus.pick
    return [
      "direction": facts["direction"] ?? NSNull(),
      "nodes": (facts["nodes"] as? [Any] ?? []).map {
        pick(
          $0,
          [
            "id", "type", "shape", "label", "descriptions", "parent", "dir", "position", "cssClasses",
            "cssStyles",
          ])
      },
      "edges": (facts["edges"] as? [Any] ?? []).map { pick($0, ["start", "end", "label", "note"]) },
      "classes": facts["classes"] ?? [:],
      "accTitle": facts["accTitle"] ?? NSNull(),
      "accDescr": facts["accDescr"] ?? NSNull(),
    ]
  }

  @Test(.enabled(if: corpus.folder != nil, "needs ../shared/mermaid-conformance (absent in a fresh clone)"))
  func everyCaseMatchesMermaid() throws {
    try Self.corpus.expectTheBar(minimum: 90)
  }
}
