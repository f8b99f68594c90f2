import Diagrams
import Foundation
import TestSupport
import Testing

/// Every ER diagram of `../shared/mermaid-conformance/er` against mermaid's result: entities with their
/// aliases, attributes, classes and styles; relationships with both cardinalities, kind and label;
/// `classDef`s; direction and accessibility text.
@Suite struct ERConformanceTests {
  static let corpus = ConformanceCorpus(
    label: "er", expectedFailuresFile: "er-expected-failures.txt",
    ours: { try ERParser.parse($0).json.serialized() }, normalize: normalize)

  static func normalize(_ facts: [String: Any]) -> [String: Any] {
    let pick = ConformanceCorpus.pick
    return [
      "direction": facts["direction"] ?? NSNull(),
      "entities": (facts["entities"] as? [Any] ?? []).map {
        pick($0, ["name", "alias", "attributes", "cssClasses", "cssStyles"])
      },
      "relationships": (facts["relationships"] as? [Any] ?? []).map {
        pick($0, ["entityA", "entityB", "roleA", "cardA", "cardB", "relType"])
      },
      "classes": facts["classes"] ?? [:],
      "accTitle": facts["accTitle"] ?? NSNull(),
      "accDescr": facts["accDescr"] ?? NSNull(),
    ]
  }

  @Test(.enabled(if: corpus.folder != nil, "needs ../shared/mermaid-conformance (absent in a fresh clone)"))
  func everyCaseMatchesMermaid() throws {
    try Self.corpus.expectTheBar(minimum: 500)
  }
}
