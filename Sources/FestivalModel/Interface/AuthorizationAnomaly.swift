/// Something in the authorization matrix a reviewer should look at. Positions index the matrix's rows
/// and roles.
public enum AuthorizationAnomaly: Hashable, Sendable {
  /// No role may do anything to the resource.
  case unreachableResource(row: Int)
  /// The role may do nothing anywhere.
  case emptyRole(role: Int)
  /// The role may change the resource but not read it.
  case writeWithoutRead(row: Int, role: Int, changes: [Capability])
  /// The cell says nothing.
  case emptyCell(row: Int, role: Int)
  /// festdoc found no capability or scope word it knows in the cell.
  case notUnderstood(row: Int, role: Int)
  /// The columns read as a hierarchy, and `role` may do more to the resource than `higher`, listed after it.
  case inversion(row: Int, role: Int, higher: Int)
}
