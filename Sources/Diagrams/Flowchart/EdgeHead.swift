/// Arrowheads of an edge, with mermaid's names.
public enum EdgeHead: String, Hashable, Sendable, Codable {
  case open = "arrow_open"
  case point = "arrow_point"
  case cross = "arrow_cross"
  case circle = "arrow_circle"
  case doublePoint = "double_arrow_point"
  case doubleCross = "double_arrow_cross"
  case doubleCircle = "double_arrow_circle"

  /// True when the start of the edge has a head too.
  public var isDouble: Bool { rawValue.hasPrefix("double_") }
}
