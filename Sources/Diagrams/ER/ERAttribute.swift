/// One attribute row of an entity: `string name PK, FK "comment"`.
public struct ERAttribute: Hashable, Sendable {
  public var type: String
  public var name: String
  /// `PK`, `FK`, `UK` as written.
  public var keys: [String]
  public var comment: String

  public init(type: String, name: String, keys: [String] = [], comment: String = "") {
    self.type = type
    self.name = name
    self.keys = keys
    self.comment = comment
  }
}
