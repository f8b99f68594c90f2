/// A relationship between two entities: `CUSTOMER ||--o{ ORDER : places`.
public struct ERRelationship: Hashable, Sendable {
  /// The entity written first and the one written second.
  public var from: String
  public var to: String
  /// The marker written next to `from` (`||` above) and the one next to `to` (`o{`). Mermaid's
  /// database names them the other way round: its `cardA` is `toCardinality`.
  public var fromCardinality: ERCardinality
  public var toCardinality: ERCardinality
  /// `--` (identifying, drawn solid) or `..` (non-identifying, drawn dashed).
  public var identifying: Bool
  public var label: String
  public var line: Int
  /// The attribute rows the relationship joins at each end (festdoc's generated diagrams: a field that
  /// refers to another entity, and that entity's `id`); mermaid's language names none. An end with a
  /// row attaches to the row's side instead of the box.
  public var fromAttribute: String?
  public var toAttribute: String?

  public init(
    from: String, to: String, fromCardinality: ERCardinality, toCardinality: ERCardinality,
    identifying: Bool, label: String, line: Int = 0
  ) {
    self.from = from
    self.to = to
    self.fromCardinality = fromCardinality
    self.toCardinality = toCardinality
    self.identifying = identifying
    self.label = label
    self.line = line
  }
}
