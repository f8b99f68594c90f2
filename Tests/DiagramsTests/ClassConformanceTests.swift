import Diagrams
import Foundation
import TestSupport
import Testing

/// Every class diagram of `../shared/mermaid-conformance/class` against mermaid's result: classes with
/// their labels, generic types, annotations, members and methods, classes and styles, namespace and
/// links; relations with both ends, line, label and cardinalities; notes; namespaces with their tree;
/// interfaces; `classDef`s; the direction.
@Suite struct ClassConformanceTests {
  static let corpus = ConformanceCorpus(
    label: "class", expectedFailuresFile: "class-expected-failures.txt",
    ours: { try ClassParser.parse($0).json.serialized() }, normalize: normalize)

  static func normalize(_ facts: [String: Any]) -> [String: Any] {
    var result: [String: Any] = [:]
    for key in [
      "direction", "classes", "relations", "notes", "namespaces", "interfaces", "styleClasses", "accTitle",
      "accDescr",
    ] {
      result[key] = facts[key] ?? NSNull()
    }
    return result
  }

  @Test(.enabled(if: corpus.folder != nil, "needs ../shared/mermaid-conformance (absent in a fresh clone)"))
  func everyCaseMatchesMermaid() throws {
    try Self.corpus.expectTheBar(minimum: 380)
  }
}
