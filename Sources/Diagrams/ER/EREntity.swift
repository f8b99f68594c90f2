/// An entity of an ER diagram: its name, the alias shown instead (`CUSTOMER["Customer"]`), its attributes
/// in document order and the classes and styles applied to it.
public struct EREntity: Hashable, Sendable {
  public var name: String
  public var alias: String
  public var attributes: [ERAttribute]
  /// `default` first, then each class applied, as mermaid lists them.
  public var cssClasses: [String]
  public var cssStyles: [String]
  /// The line that first named the entity, in the diagram's text.
  public var line: Int

  public init(name: String, alias: String = "", line: Int = 0) {
    self.name = name
    self.alias = alias
    self.attributes = []
    self.cssClasses = ["default"]
    self.cssStyles = []
    self.line = line
  }

  /// What the box's title shows.
  public var displayName: String { alias.isEmpty ? name : alias }
}
