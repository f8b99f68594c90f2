/// A relation between two classes (or a class and a lollipop interface): the end drawn at each side,
/// solid (`--`) or dashed (`..`), the label after `:`, and the quoted cardinalities near each end.
public struct ClassRelation: Hashable, Sendable {
  public var from: String
  public var to: String
  public var fromEnd: ClassRelationEnd
  public var toEnd: ClassRelationEnd
  public var isDotted: Bool
  public var label: String
  /// The quoted text written next to `from` (`"1"`), or nil.
  public var fromCardinality: String?
  /// The quoted text written next to `to`, or nil.
  public var toCardinality: String?
  public var line: Int

  public init(
    from: String, to: String, fromEnd: ClassRelationEnd, toEnd: ClassRelationEnd, isDotted: Bool,
    label: String = "", fromCardinality: String? = nil, toCardinality: String? = nil, line: Int
  ) {
    self.from = from
    self.to = to
    self.fromEnd = fromEnd
    self.toEnd = toEnd
    self.isDotted = isDotted
    self.label = label
    self.fromCardinality = fromCardinality
    self.toCardinality = toCardinality
    self.line = line
  }
}
