/// How a label was written: plain text, a `"quoted string"`, or a "`markdown string`".
public enum LabelType: String, Hashable, Sendable, Codable {
  case text
  case string
  case markdown
}
