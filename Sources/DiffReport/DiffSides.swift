/// What the report calls the two sides: the arguments as given (`Content`, `git:main:Content`).
public struct DiffSides: Hashable, Sendable {
  public var old: String
  public var new: String
  /// The festdoc version that wrote the report.
  public var version: String

  public init(old: String, new: String, version: String) {
    self.old = old
    self.new = new
    self.version = version
  }
}
