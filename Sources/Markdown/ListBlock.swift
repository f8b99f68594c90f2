/// A bullet or ordered list.
public struct ListBlock: Hashable, Sendable {
  public var isOrdered: Bool
  /// The first number of an ordered list.
  public var start: Int
  public var isTight: Bool
  public var items: [ListItem]
  public var range: TextRange

  public init(isOrdered: Bool, start: Int, isTight: Bool, items: [ListItem], range: TextRange) {
    self.isOrdered = isOrdered
    self.start = start
    self.isTight = isTight
    self.items = items
    self.range = range
  }
}
