/// A table column's alignment from its delimiter row (`:--`, `:-:`, `--:`).
public enum TableAlignment: String, Hashable, Sendable, Codable {
  case none
  case left
  case center
  case right
}
