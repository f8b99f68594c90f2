/// How one authorization cell relates to another.
public enum AccessComparison: String, Hashable, Sendable, Codable {
  case same
  case wider
  case narrower
  /// Each grants something the other does not.
  case incomparable
}
