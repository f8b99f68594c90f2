import ContentReader
import FestivalModel
import Foundation
import SiteBuild
import SitePlan
import TestSupport
import Testing

@testable import PageRenderer

/// Every input the renderer fuzzer (`make fuzz`) crashed on, rendered as a festival's contract into a
/// whole site, with the fuzzer's own checks: no foreign script, no `javascript:` link.
@Suite struct RendererFuzzRegressionTests {
  @Test func everyInputRendersSafely() throws {
    let folder = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/fuzz/renderer")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(!names.isEmpty)
    for name in names {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      let (festivals, loose) = ContentLayout.organize([
        ContentFile(path: "f/COMMON_INTERFACES.md", text: text),
        ContentFile(path: "f/FESTIVAL_OVERVIEW.md", text: "# Festival Overview: F\n"),
      ])
      let build = try BuildContext.site(
        of: ContentInventory(festivals: festivals, looseDocuments: loose, siteConfig: nil, diagnostics: []))
      let result = try #require(build.rendered)
      #expect(result.files.count > (build.plan?.pages.count ?? .max), "\(name)")
      for file in result.files where file.path.hasSuffix(".html") {
        let html = String(decoding: file.data, as: UTF8.self)
        #expect(!html.lowercased().contains("href=\"javascript:"), "\(name): \(file.path)")
        #expect(!html.contains("<script>"), "\(name): \(file.path)")
      }
    }
  }

  @Test func aSecondMatrixWithOtherRolesJoinsTheFirstColumnByColumn() throws {
    let text = """
      # C

      ### Authorization Matrix

      | Resource | Anonymous | Admin |
      |---|---|---|
      | Orders | None | All: read/write |

      ### Authorization Matrix

      | Resource | Admin | Auditor | Anonymous |
      |---|---|---|---|
      | Reports | All: read | Read | None |
      """
    let contract = FestivalModelBuilder.build(
      ContentInventory(
        festivals: ContentLayout.organize([
          ContentFile(path: "f/COMMON_INTERFACES.md", text: text),
          ContentFile(path: "f/FESTIVAL_OVERVIEW.md", text: "# F\n"),
        ]).festivals, looseDocuments: [], siteConfig: nil, diagnostics: [])
    ).festivals.first?.interfaces
    let matrix = try #require(contract?.authorization)
    #expect(matrix.roles == ["Anonymous", "Admin", "Auditor"])
    #expect(matrix.rows.map(\.resource) == ["Orders", "Reports"])
    #expect(matrix.rows[1].cells.map(\.role) == ["Anonymous", "Admin", "Auditor"])
    #expect(matrix.rows[1].cells.map(\.written) == ["None", "All: read", "Read"])
    for anomaly in matrix.anomalies {
      if case .inversion(_, let role, let higher) = anomaly {
        #expect(role < matrix.roles.count && higher < matrix.roles.count)
      }
    }
    #expect(matrix.anomalies.contains(.emptyCell(row: 0, role: 2)))
  }
}
