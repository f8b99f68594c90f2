/// What one end of a class relation draws, in mermaid's names: `<|` or `|>` extension, `*`
/// composition, `o` aggregation, `<` or `>` dependency, `()` lollipop, or nothing.
public enum ClassRelationEnd: String, Hashable, Sendable {
  case aggregation = "AGGREGATION"
  case `extension` = "EXTENSION"
  case composition = "COMPOSITION"
  case dependency = "DEPENDENCY"
  case lollipop = "LOLLIPOP"
  case none
}
