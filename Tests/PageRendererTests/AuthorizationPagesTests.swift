import Foundation
import Testing

@testable import PageRenderer

/// The authorization grid, the role and resource pages, and the anomalies they list.
@Suite struct AuthorizationPagesTests {
  let site = SampleSite.shared
  let festival = SampleSite.festival

  @Test func theGridShowsEachCellByLevelParsedAccessAndTheAuthorsWords() {
    let grid = site.main("\(festival)/authorization/index.html")
    #expect(grid.contains("<th scope=\"col\"><a href=\"roles/anonymous.html\">Anonymous</a></th>"))
    #expect(grid.contains("<td><a href=\"resources/shipment.html\">Shipment</a></td>"))
    #expect(
      grid.contains(
        "<span class=\"access access-write\">write</span><br><span class=\"access-parsed\">read, create, update · own</span><br><q class=\"access-written\">Own shipments: read, create, cancel</q>"
      ))
    #expect(
      grid.contains(
        "<span class=\"access access-none\">no access</span><br><q class=\"access-written\">None</q>"))
    #expect(grid.contains("<p class=\"access-legend\">"))
    #expect(grid.contains("<h2 id=\"anomalies\">"))
  }

  @Test func aRolePageSaysWhatItMayDoEverywhere() {
    let role = site.main("\(festival)/authorization/roles/shipper.html")
    #expect(role.contains("<h1>Shipper <span class=\"muted\">role</span></h1>"))
    #expect(role.contains("<a href=\"../resources/label.html\">Label</a>"))
    #expect(role.contains("<q class=\"access-written\">Own: create, read</q>"))
  }

  @Test func aResourcePageSaysWhoMayDoWhat() {
    let resource = site.main("\(festival)/authorization/resources/system-config.html")
    #expect(resource.contains("<h1>System Config <span class=\"muted\">resource</span></h1>"))
    #expect(
      resource.contains(
        "<td><a href=\"../roles/admin.html\">Admin</a></td><td><span class=\"access access-full\">full</span>"
      ))
  }

  @Test func anomaliesAreListedInSentencesWithLinks() throws {
    let site = try SampleSite(root: "Tests/Fixtures/anomalies")
    let grid = site.main("acme/authorization/index.html")
    #expect(grid.contains("No role may reach <a href=\"resources/archive.html\">Archive</a>."))
    #expect(grid.contains("<a href=\"roles/auditor.html\">Auditor</a> may do nothing anywhere."))
    #expect(
      grid.contains(
        "<a href=\"roles/user.html\">User</a> may delete <a href=\"resources/orders.html\">Orders</a> but may not read it."
      ))
    #expect(
      grid.contains(
        "The cell of <a href=\"roles/admin.html\">Admin</a> on <a href=\"resources/reports.html\">Reports</a> is empty."
      ))
    #expect(grid.contains("<q>ask Bob</q>, names no capability or scope festdoc knows."))
    #expect(
      grid.contains(
        "<a href=\"roles/user.html\">User</a> may do more to <a href=\"resources/invoices.html\">Invoices</a> than <a href=\"roles/admin.html\">Admin</a>"
      ))
    // The resource page lists only its own.
    let invoices = site.main("acme/authorization/resources/invoices.html")
    #expect(invoices.contains("may do more to"))
    #expect(!invoices.contains("No role may reach"))
  }
}

/// Cells are drawn once for each way they are written: the cache gives what drawing each cell gives.
@Suite struct AuthorizationCellCacheTests {
  @Test func everyCellOfTheSampleMatrixIsDrawnAsItsOwnDrawingIs() throws {
    let matrix = try #require(SampleSite.shared.model.festivals.first?.interfaces?.authorization)
    let cache = AuthorizationCellCache()
    let cells = matrix.rows.flatMap(\.cells)
    #expect(cells.count > 20)
    for cell in cells + cells.reversed() {
      #expect(cache.markup(cell) == AuthorizationTable.cell(cell), "\(cell.written)")
    }
    // The same words in another role and place are the same cell; other words are not.
    var moved = cells[0]
    moved.role = "Another role"
    moved.location.line += 100
    #expect(cache.markup(moved) == cache.markup(cells[0]))
    var rewritten = cells[0]
    rewritten.written += " (audited)"
    #expect(cache.markup(rewritten) == AuthorizationTable.cell(rewritten))
    #expect(cache.markup(rewritten) != cache.markup(cells[0]))
  }
}
