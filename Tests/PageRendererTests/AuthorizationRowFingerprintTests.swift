import Diagnostics
import Testing

@testable import FestivalModel
@testable import PageRenderer

/// The matrix's rows are fingerprinted field by field, not through `Encodable`: every field must count,
/// and a field added to either type must be added to the fingerprint too.
@Suite struct AuthorizationRowFingerprintTests {
  private let row = AuthorizationRow(
    resource: "orders",
    cells: [
      AuthorizationCell(
        role: "admin", written: "All: read", capabilities: [.read], scope: .all, understood: true,
        capabilitiesAssumed: false, location: SourceLocation(file: "a.md", line: 3, column: 5))
    ],
    location: SourceLocation(file: "a.md", line: 3, column: 1))

  @Test func theFieldsAreTheOnesTheFingerprintReads() {
    #expect(Mirror(reflecting: row).children.map(\.label) == ["resource", "cells", "location"])
    #expect(
      Mirror(reflecting: row.cells[0]).children.map(\.label) == [
        "role", "written", "capabilities", "scope", "understood", "capabilitiesAssumed", "location",
      ])
    #expect(Mirror(reflecting: row.location).children.map(\.label) == ["file", "line", "column"])
  }

  @Test func everyFieldChangesTheFingerprint() {
    var changed: [AuthorizationRow] = []
    func with(_ change: (inout AuthorizationRow) -> Void) {
      var copy = row
      change(&copy)
      changed.append(copy)
    }
    with { $0.resource = "order" }
    with { $0.location.file = "b.md" }
    with { $0.location.line = 4 }
    with { $0.location.column = 2 }
    with { $0.cells = [] }
    with { $0.cells[0].role = "admins" }
    with { $0.cells[0].written = "All: read." }
    with { $0.cells[0].capabilities = [.read, .list] }
    with { $0.cells[0].scope = .own }
    with { $0.cells[0].understood = false }
    with { $0.cells[0].capabilitiesAssumed = true }
    with { $0.cells[0].location.line = 9 }
    with { $0.cells[0].location.column = 9 }
    with { $0.cells[0].location.file = "c.md" }
    let fingerprints = Set([row.fingerprint] + changed.map(\.fingerprint))
    #expect(fingerprints.count == changed.count + 1)
    #expect(row.fingerprint == row.fingerprint)
  }
}
