/// One `key: value` of a YAML mapping, order kept.
public struct YAMLEntry: Hashable, Sendable, Codable {
  public var key: String
  public var value: YAMLValue

  public init(key: String, value: YAMLValue) {
    self.key = key
    self.value = value
  }
}
