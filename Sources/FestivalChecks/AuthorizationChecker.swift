import Diagnostics
import FestivalModel

/// The authorization matrix's gaps: resources nobody can reach, roles with no access anywhere, and roles
/// that may change or delete what they may not read.
struct AuthorizationChecker: FestivalChecker {
  func check(_ festival: Festival) -> [Diagnostic] {
    guard let matrix = festival.interfaces?.authorization else { return [] }
    var found: [Diagnostic] = []
    for row in matrix.rows where row.cells.allSatisfy({ $0.understood && $0.capabilities.isEmpty }) {
      found.append(
        Diagnostic(
          .warning, rule: "authorization.unreachable-resource",
          message: "no role can reach '\(row.resource)'",
          at: row.location, fix: "grant some role access, or remove the resource"))
    }
    for (index, role) in matrix.roles.enumerated() {
      let cells = matrix.rows.compactMap { index < $0.cells.count ? $0.cells[index] : nil }
      if !cells.isEmpty && cells.allSatisfy({ $0.understood && $0.capabilities.isEmpty }) {
        found.append(
          Diagnostic(
            .warning, rule: "authorization.empty-role",
            message: "role '\(role)' has no access to any resource",
            at: matrix.location, fix: "grant the role what it needs, or remove its column"))
      }
    }
    for row in matrix.rows {
      for cell in row.cells {
        let capabilities = Set(cell.capabilities)
        let changes = capabilities.intersection([.update, .delete, .append])
        if !changes.isEmpty && capabilities.isDisjoint(with: [.read, .list]) {
          found.append(
            Diagnostic(
              .warning, rule: "authorization.write-without-read",
              message:
                "role '\(cell.role)' may \(changes.map(\.rawValue).sorted().joined(separator: " and ")) '\(row.resource)' but not read it",
              at: cell.location, fix: "grant read as well, or narrow the write"))
        }
      }
    }
    return found
  }
}
