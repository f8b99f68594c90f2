import FestivalModel
import Testing

/// What the model finds wrong with an authorization matrix; the checks and the site both use it.
@Suite struct AuthorizationAnomalyTests {
  func matrix(_ header: String, _ rows: [String]) throws -> AuthorizationMatrix {
    let text = """
      # Contract

      ### Authorization Matrix

      \(header)
      \(String(repeating: "|---", count: header.filter { $0 == "|" }.count - 1))|
      \(rows.joined(separator: "\n"))
      """
    return try #require(readContract(text).0.authorization)
  }

  @Test func everyKindIsFoundWhereItIs() throws {
    let matrix = try matrix(
      "| Resource | Anonymous | User | Auditor | Admin |",
      [
        "| Orders | None | Own: delete | None | All: read/write |",
        "| Invoices | None | All: read, update | None | Own: read |",
        "| Archive | None | None | None | None |",
        "| Reports | None | Own: read | None |  |",
        "| Settings | None | ask Bob | None | All: read/write |",
      ])
    #expect(matrix.rolesReadAsHierarchy)
    let anomalies = matrix.anomalies
    #expect(anomalies.contains(.writeWithoutRead(row: 0, role: 1, changes: [.delete])))
    #expect(anomalies.contains(.inversion(row: 1, role: 1, higher: 3)))
    #expect(anomalies.contains(.unreachableResource(row: 2)))
    #expect(anomalies.contains(.emptyCell(row: 3, role: 3)))
    #expect(anomalies.contains(.notUnderstood(row: 4, role: 1)))
    #expect(anomalies.contains(.emptyRole(role: 2)))
    #expect(anomalies.contains(.emptyRole(role: 0)))
    // Incomparable cells are no inversion: more capabilities, narrower scope.
    #expect(!anomalies.contains(.inversion(row: 0, role: 1, higher: 3)))
    #expect(anomalies.count == 7)
  }

  @Test func columnsReadAsAHierarchyOnlyWhenTheirNamesSaySo() throws {
    #expect(
      try matrix("| Resource | Guest | Member |", ["| Posts | Read | All: read/write |"]).rolesReadAsHierarchy
    )
    #expect(
      try matrix("| Resource | Buyer | Super Admin |", ["| Posts | Read | Read |"]).rolesReadAsHierarchy)
    let peers = try matrix("| Resource | Buyer | Seller |", ["| Posts | All: read/write | Read |"])
    #expect(!peers.rolesReadAsHierarchy)
    #expect(peers.anomalies.isEmpty)
  }
}
