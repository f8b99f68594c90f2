import Diagrams
import Foundation
import TestSupport
import Testing

/// Every sequence diagram of `../shared/mermaid-conformance/seq` against mermaid's result: actors (name,
/// alias, type), messages and control entries in order (from, to, kind, text), boxes.
@Suite struct SequenceConformanceTests {
  static let corpus = ConformanceCorpus(
    label: "seq", expectedFailuresFile: "sequence-expected-failures.txt",
    ours: { try SequenceParser.parse($0).json.serialized() }, normalize: normalize)

  static func normalize(_ facts: [String: Any]) -> [String: Any] {
    let pick = ConformanceCorpus.pick
    return [
      "actors": (facts["actors"] as? [Any] ?? []).map { pick($0, ["name", "description", "type"]) },
      "messages": (facts["messages"] as? [Any] ?? []).map { pick($0, ["from", "to", "kind", "message"]) },
      "boxes": (facts["boxes"] as? [Any] ?? []).map { pick($0, ["name", "fill", "actorKeys"]) },
    ]
  }

  @Test(.enabled(if: corpus.folder != nil, "needs ../shared/mermaid-conformance (absent in a fresh clone)"))
  func everyCaseMatchesMermaid() throws {
    let (cases, _) = try Self.corpus.checkEveryCase()
    #expect(cases >= 130)
  }
}
