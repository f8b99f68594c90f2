/// A `classDef` of an ER diagram: its styles, and those of them that colour text (mermaid keeps both).
public struct ERStyleClass: Hashable, Sendable {
  public var name: String
  public var styles: [String]
  public var textStyles: [String]

  public init(name: String, styles: [String] = [], textStyles: [String] = []) {
    self.name = name
    self.styles = styles
    self.textStyles = textStyles
  }
}
