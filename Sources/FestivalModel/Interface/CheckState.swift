/// A checkbox as written in a cell or list: `[ ]`, `[x]`, or an emoji state.
public enum CheckState: String, Hashable, Sendable, Codable {
  case checked
  case unchecked
  case inProgress = "in_progress"
  case blocked
  case unknown
}
