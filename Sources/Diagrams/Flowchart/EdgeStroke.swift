/// How an edge's line is drawn.
public enum EdgeStroke: String, Hashable, Sendable, Codable {
  case normal
  case thick
  case dotted
  case invisible
}
