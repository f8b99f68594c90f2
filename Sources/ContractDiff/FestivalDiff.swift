/// The changes to one festival's interface contract (or one loose contract document).
public struct FestivalDiff: Hashable, Sendable, Codable {
  /// The festival's name on the new side (the old side's when it is gone).
  public var title: String
  /// The contract's path on each side; nil where the side has none.
  public var oldPath: String?
  public var newPath: String?
  public var changes: [ContractChange]
  public var system: SystemSketch

  public init(
    title: String, oldPath: String?, newPath: String?, changes: [ContractChange], system: SystemSketch
  ) {
    self.title = title
    self.oldPath = oldPath
    self.newPath = newPath
    self.changes = changes
    self.system = system
  }
}
