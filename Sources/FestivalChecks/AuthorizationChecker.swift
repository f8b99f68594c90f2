import Diagnostics
import FestivalModel

/// The authorization matrix's gaps: resources nobody can reach, roles with no access anywhere, and roles
/// that may change or delete what they may not read. The model finds them; the site lists the same ones.
struct AuthorizationChecker: ContractChecker {
  func check(_ contract: InterfaceContract) -> [Diagnostic] {
    guard let matrix = contract.authorization else { return [] }
    return matrix.anomalies.compactMap { anomaly -> Diagnostic? in
      switch anomaly {
      case .unreachableResource(let row):
        return Diagnostic(
          .warning, rule: .authorizationUnreachableResource,
          message: "no role can reach '\(matrix.rows[row].resource)'",
          at: matrix.rows[row].location, fix: "grant some role access, or remove the resource")
      case .emptyRole(let role):
        return Diagnostic(
          .warning, rule: .authorizationEmptyRole,
          message: "role '\(matrix.roles[role])' has no access to any resource",
          at: matrix.location, fix: "grant the role what it needs, or remove its column")
      case .writeWithoutRead(let row, let role, let changes):
        let cell = matrix.rows[row].cells[role]
        return Diagnostic(
          .warning, rule: .authorizationWriteWithoutRead,
          message:
            "role '\(cell.role)' may \(changes.map(\.rawValue).sorted().joined(separator: " and ")) '\(matrix.rows[row].resource)' but not read it",
          at: cell.location, fix: "grant read as well, or narrow the write")
      case .emptyCell, .notUnderstood, .inversion:
        return nil
      }
    }
  }
}
