import ContentReader
import Diagnostics
import Foundation
import TestSupport
import Testing

@testable import FestivalModel

/// With more than one job the interface reader makes the section tree, the placeholder markers and
/// every table's view beside each other, and the relationship graph beside the element table. The
/// contract and findings must be those of one thread's reading.
@Suite struct ContractReadingBesideTests {
  static func read(_ text: String, jobs: Int) -> (InterfaceContract, [Diagnostic]) {
    let path = "festivals/active/shop/COMMON_INTERFACES.md"
    let (document, _) = DocumentReader.read(ContentFile(path: path, text: text), kind: .interfaces)
    return InterfaceContractReader.read(
      path: path, title: document.title, body: document.body, text: text, jobs: jobs)
  }

  static let fixtures: [URL] = {
    let root = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures")
    let found =
      FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
      .compactMap { $0 as? URL }.filter { $0.lastPathComponent == "COMMON_INTERFACES.md" } ?? []
    return found.sorted { $0.path < $1.path }
  }()

  @Test func everyFixtureContractReadsAsOnOneThread() throws {
    #expect(Self.fixtures.count > 5)
    for url in Self.fixtures {
      let text = try String(contentsOf: url, encoding: .utf8)
      let one = Self.read(text, jobs: 1)
      let two = Self.read(text, jobs: 2)
      #expect(one == two, "\(url.path)")
    }
  }

  /// The other documents' fragments (protobuf, endpoint lists, OpenAPI files) are read on a helper
  /// while the template is read; the model is the one a build on one thread makes.
  @Test(arguments: ["contract-sources", "openapi", "asyncapi", "sample", "site", "anomalies"])
  func aFestivalsModelIsTheSameOnOneThreadOrTwo(fixture: String) throws {
    let root = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/" + fixture)
    let inventory = try ContentReader.read(root: root)
    let parsed = FestivalModelBuilder.parse(inventory)
    let one = FestivalModelBuilder.build(inventory, parsed: parsed, jobs: 1)
    let two = FestivalModelBuilder.build(inventory, parsed: parsed, jobs: 2)
    #expect(one.festivals.contains { $0.interfaces != nil })
    #expect(one == two)
  }

  /// Placeholders in and out of code, tables in an example section and outside every section: each
  /// table's view is met in the order it was made.
  @Test func examplesCodeAndPlaceholdersKeepTheirOrder() throws {
    var text = try String(contentsOf: BlockReadingsTests.contract, encoding: .utf8)
    text = """
      | Loose | Table |
      |---|---|
      | before | any heading |

      """ + text
    text += """

      ## Example Components

      | Component | Responsibility |
      |---|---|
      | ExampleOnly | [REPLACE: what it does] |

      ```text
      {{ not a placeholder in code }}
      ```

      Owner: {{ team name }}

      """
    let one = Self.read(text, jobs: 1)
    #expect(one == Self.read(text, jobs: 2))
    #expect(one.0.placeholders.contains { $0.text.contains("team name") })
    #expect(!one.0.placeholders.contains { $0.text.contains("not a placeholder") })
    let large = try BlockReadingsTests.largeContract()
    #expect(Self.read(large, jobs: 1) == Self.read(large, jobs: 3))
  }
}
