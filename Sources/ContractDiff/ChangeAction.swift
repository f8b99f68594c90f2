/// What happened to an element between the two sides.
public enum ChangeAction: String, Hashable, Sendable, Codable {
  case added
  case removed
  case changed
  /// Found under another name with everything else equal.
  case renamed
}
