import FestivalModel

extension ContractComparison {
  mutating func compareAuthorization() {
    let before = old?.authorization
    let after = new?.authorization
    guard before != nil || after != nil else { return }
    let roles = Pairing(old: before?.roles ?? [], new: after?.roles ?? [], key: Self.fold)
    for role in roles.removed {
      record(
        .authorizationRoleRemoved, .removed, ["Authorization", role],
        "The \(role) role is gone from the matrix.",
        old: before?.location)
    }
    for role in roles.added {
      record(
        .authorizationRoleAdded, .added, ["Authorization", role], "The matrix has a new role, \(role).",
        new: after?.location)
    }
    let rows = Pairing(old: before?.rows ?? [], new: after?.rows ?? [], key: { Self.fold($0.resource) })
    for row in rows.removed {
      record(
        .authorizationResourceRemoved, .removed, ["Authorization", row.resource],
        "\(row.resource) is no longer in the matrix.", old: row.location)
    }
    for row in rows.added {
      record(
        .authorizationResourceAdded, .added, ["Authorization", row.resource],
        "\(row.resource) joins the matrix.",
        new: row.location)
    }
    for (oldRow, newRow) in rows.matched {
      for (oldRole, newRole) in roles.matched {
        guard let oldCell = Self.cell(oldRow, role: oldRole), let newCell = Self.cell(newRow, role: newRole),
          !Self.same(oldCell.written, newCell.written)
        else { continue }
        let comparison = newCell.compare(to: oldCell)
        let rule: DiffRule
        let summary: String
        switch comparison {
        case .same: continue
        case .wider:
          rule = .authorizationWidened
          summary = "\(newRole) may do more with \(newRow.resource)."
        case .narrower:
          rule = .authorizationNarrowed
          summary = "\(newRole) may do less with \(newRow.resource)."
        case .incomparable:
          rule = .authorizationChanged
          summary = "\(newRole) loses some rights on \(newRow.resource) and gains others."
        }
        record(
          rule, .changed, ["Authorization", newRow.resource, newRole], summary, before: oldCell.written,
          after: newCell.written, old: oldCell.location, new: newCell.location)
      }
    }
  }

  static func cell(_ row: AuthorizationRow, role: String) -> AuthorizationCell? {
    row.cells.first { fold($0.role) == fold(role) }
  }
}
