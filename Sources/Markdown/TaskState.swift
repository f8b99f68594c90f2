/// The state of a GFM task list checkbox.
public enum TaskState: String, Hashable, Sendable, Codable {
  case unchecked
  case checked
}
