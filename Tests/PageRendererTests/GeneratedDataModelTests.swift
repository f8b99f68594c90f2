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
    let home = try #require(build.pages["parcel-tracking-pt0001/index.html"])
    #expect(home.contains("<h2 id=\"data-model\">"))
    let drawing = try #require(build.pages["parcel-tracking-pt0001/index-diagram-3.svg"])
    #expect(drawing.contains("class=\"fd-diagram fd-er\""))
    // Five entities, one owner each: the owner is in each title, not in a box of its own.
    #expect(drawing.components(separatedBy: "class=\"fd-node fd-entity\"").count - 1 == 5)
    #expect(drawing.contains("Account · Identity Service") && !drawing.contains("<g class=\"fd-cluster\""))
    // `1:N with Shipment` on Account and `N:1 with Account` on Shipment are one relationship.
    #expect(drawing.contains("data-from=\"Account\" data-to=\"Shipment\""))
    #expect(!drawing.contains("data-from=\"Shipment\" data-to=\"Account\""))
    #expect(drawing.contains("<a href=\"entities/account.html\">"))
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
}
