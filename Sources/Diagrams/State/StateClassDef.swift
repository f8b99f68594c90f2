/// A `classDef` of a state diagram: its styles, and those naming a colour rewritten for text.
public struct StateClassDef: Hashable, Sendable {
  public var name: String
  public var styles: [String]
  public var textStyles: [String]
}
