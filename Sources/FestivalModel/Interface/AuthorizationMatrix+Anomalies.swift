extension AuthorizationMatrix {
  /// Words that mark the least and the most privileged role; a matrix whose first column is one of
  /// the former or whose last is one of the latter reads as a hierarchy from left to right.
  static let lowestRoleWords: Set<String> = ["anonymous", "guest", "public", "visitor", "unauthenticated"]
  static let highestRoleWords: Set<String> = [
    "admin", "administrator", "superuser", "root", "owner", "superadmin",
  ]

  /// Whether the columns read as a hierarchy (Anonymous < User < Admin).
  public var rolesReadAsHierarchy: Bool {
    guard roles.count >= 2 else { return false }
    func words(_ role: String) -> [String] {
      role.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
    }
    return words(roles[0]).contains(where: Self.lowestRoleWords.contains)
      || words(roles[roles.count - 1]).contains(where: Self.highestRoleWords.contains)
  }

  /// Every anomaly, row by row then role by role; the matrix-wide ones (empty roles) last.
  public var anomalies: [AuthorizationAnomaly] {
    var found: [AuthorizationAnomaly] = []
    let hierarchy = rolesReadAsHierarchy
    let emptyRoles = roles.indices.filter { role in
      let cells = rows.compactMap { role < $0.cells.count ? $0.cells[role] : nil }
      return !cells.isEmpty && cells.allSatisfy { $0.understood && $0.capabilities.isEmpty }
    }
    for (rowIndex, row) in rows.enumerated() {
      if row.cells.allSatisfy({ $0.understood && $0.capabilities.isEmpty }) {
        found.append(.unreachableResource(row: rowIndex))
      }
      // A row with more cells than the header has roles: the extra cells belong to no role.
      for (roleIndex, cell) in row.cells.enumerated() where roleIndex < roles.count {
        if cell.written.allSatisfy(\.isWhitespace) {
          found.append(.emptyCell(row: rowIndex, role: roleIndex))
        } else if !cell.understood {
          found.append(.notUnderstood(row: rowIndex, role: roleIndex))
        }
        let capabilities = Set(cell.capabilities)
        let changes = capabilities.intersection([.update, .delete, .append])
        if !changes.isEmpty && capabilities.isDisjoint(with: [.read, .list]) {
          found.append(.writeWithoutRead(row: rowIndex, role: roleIndex, changes: changes.sorted()))
        }
        guard hierarchy, cell.understood else { continue }
        // A role with no access anywhere is reported once as such, not against every role before it.
        for higher in row.cells.indices
        where higher > roleIndex && higher < roles.count && row.cells[higher].understood
          && !emptyRoles.contains(higher)
        {
          if cell.compare(to: row.cells[higher]) == .wider {
            found.append(.inversion(row: rowIndex, role: roleIndex, higher: higher))
          }
        }
      }
    }
    return found + emptyRoles.map { .emptyRole(role: $0) }
  }
}
