/// How many of an entity take part in a relationship, as the crow's-foot marker at its end says.
/// Raw values are mermaid's names.
public enum ERCardinality: String, Hashable, Sendable, CaseIterable {
  /// `|o`, `o|`, `zero or one`.
  case zeroOrOne = "ZERO_OR_ONE"
  /// `}o`, `o{`, `zero or more`, `many`, `0+`.
  case zeroOrMore = "ZERO_OR_MORE"
  /// `}|`, `|{`, `one or more`, `1+`.
  case oneOrMore = "ONE_OR_MORE"
  /// `||`, `one`, `only one`, `1`.
  case exactlyOne = "ONLY_ONE"
  /// `u`: the parent of a multi-dimensional (star schema) relationship.
  case parent = "MD_PARENT"
  /// Not said (festdoc's generated diagrams, where a contract writes no cardinality): no marks.
  case unspecified = "UNSPECIFIED"
}
