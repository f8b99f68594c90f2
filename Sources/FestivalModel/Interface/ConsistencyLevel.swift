/// A data consistency level.
public enum ConsistencyLevel: String, Hashable, Sendable, Codable {
  case strong
  case causal
  case eventual
  case weak
}
