import Diagrams
import Foundation
import SiteBuild
import TestSupport
import Testing

@testable import PageRenderer

/// The data model drawn from the contract: which entities and relationships, their marks, the owners,
/// and where it appears.
@Suite struct GeneratedDataModelTests {
  @Test func writtenCardinalitiesGiveTheirMarks() {
    #expect(GeneratedDataModel.cardinalities("1:N") == (.exactlyOne, .zeroOrMore))
    #expect(GeneratedDataModel.cardinalities("N:1") == (.zeroOrMore, .exactlyOne))
    #expect(GeneratedDataModel.cardinalities("M : N") == (.zeroOrMore, .zeroOrMore))
    #expect(GeneratedDataModel.cardinalities("0..1:1..*") == (.zeroOrOne, .oneOrMore))
    #expect(GeneratedDataModel.cardinalities("one-to-many") == (.exactlyOne, .zeroOrMore))
    #expect(GeneratedDataModel.cardinalities("lots") == (.unspecified, .unspecified))
    #expect(GeneratedDataModel.cardinalities(nil) == (.unspecified, .unspecified))
  }

  @Test func theSampleFestivalsHomeAndEntityPagesDrawIt() throws {
    let root = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/sample")
    let build = try BuildContext.site(at: root, jobs: 2)
    // The entities overview draws it; the festival home links there.
    let home = try #require(build.pages["parcel-tracking-pt0001/index.html"])
    #expect(home.contains("<h3><a href=\"entities/index.html\">Entities</a>"))
    let overview = try #require(build.pages["parcel-tracking-pt0001/entities/index.html"])
    #expect(overview.contains("<h2 id=\"data-model\">") && overview.contains("<h2 id=\"all\">"))
    let drawing = try #require(build.pages["parcel-tracking-pt0001/entities/index-diagram-1.svg"])
    #expect(drawing.contains("class=\"fd-diagram fd-er\""))
    // Five entities, one owner each: the owner is in each title, not in a box of its own.
    #expect(drawing.components(separatedBy: "class=\"fd-node fd-entity\"").count - 1 == 5)
    #expect(drawing.contains("Account · Identity Service") && !drawing.contains("<g class=\"fd-cluster\""))
    // `1:N with Shipment` on Account and `N:1 with Account` on Shipment are one relationship.
    #expect(drawing.contains("data-from=\"Account\" data-to=\"Shipment\""))
    #expect(!drawing.contains("data-from=\"Shipment\" data-to=\"Account\""))
    #expect(drawing.contains("<a href=\"account.html\">"))
    let entity = try #require(build.pages["parcel-tracking-pt0001/entities/shipment.html"])
    #expect(entity.contains("<h2 id=\"data-model\">"))
    let neighbourhood = try #require(build.pages["parcel-tracking-pt0001/entities/shipment-diagram-1.svg"])
    #expect(neighbourhood.components(separatedBy: "class=\"fd-node fd-entity\"").count - 1 == 4)
    #expect(neighbourhood.contains("<a href=\"account.html\">"))
    // The Shipment Service's data contract lists the moves of its status field: drawn as a state diagram.
    let component = try #require(build.pages["parcel-tracking-pt0001/components/shipment-service.html"])
    #expect(component.contains("<h2 id=\"lifecycle-shipmentservice\">"))
    let lifecycle = try #require(
      build.pages["parcel-tracking-pt0001/components/shipment-service-diagram-2.svg"])
    #expect(lifecycle.contains(">IN_TRANSIT</tspan>") && lifecycle.contains(">RETURNED</tspan>"))
    #expect(lifecycle.components(separatedBy: "class=\"fd-edge\"").count - 1 == 9)
  }

  @Test func anEntityNamedIndexLeavesTheOverviewItsPage() throws {
    let folder = try TemporaryFolder(files: [
      "f/COMMON_INTERFACES.md": """
      # Interfaces

      ### Core Entities

      | Entity | Purpose | Primary Storage | Relationships | Access Patterns | Owner |
      |--------|---------|----------------|---------------|------------------|-------|
      | Index | A search index | Elastic | N:1 with Page | By term | Search |
      | Page | A page | PostgreSQL | 1:N with Index | By ID | Search |

      """
    ])
    defer { folder.remove() }
    let build = try BuildContext.site(at: folder.url)
    let overview = try #require(build.pages["f/entities/index.html"])
    #expect(overview.contains("<h1>Entities</h1>") && overview.contains("<a href=\"index-2.html\">Index</a>"))
    #expect(build.pages["f/entities/index-2.html"]?.contains("<h1>Index</h1>") == true)
  }
}
