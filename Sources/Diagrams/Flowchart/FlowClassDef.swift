/// A `classDef`: styles for nodes of a class; `textStyles` are those that colour text.
public struct FlowClassDef: Hashable, Sendable {
  public var id: String
  public var styles: [String]
  public var textStyles: [String]

  public init(id: String, styles: [String], textStyles: [String]) {
    self.id = id
    self.styles = styles
    self.textStyles = textStyles
  }
}
