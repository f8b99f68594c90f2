/// What role a markdown file plays in a festival.
public enum DocumentKind: String, Hashable, Sendable, Codable {
  case overview
  case goal
  case rules
  case todo
  case interfaces
  case phaseGoal
  case sequenceGoal
  case task
  case gate
  case document
}
