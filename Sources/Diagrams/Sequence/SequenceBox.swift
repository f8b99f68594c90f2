/// A `box` grouping participants, with its fill colour.
public struct SequenceBox: Hashable, Sendable {
  /// nil when the box has no title.
  public var name: String?
  public var fill: String
  public var actorKeys: [String]

  public init(name: String?, fill: String, actorKeys: [String]) {
    self.name = name
    self.fill = fill
    self.actorKeys = actorKeys
  }
}
