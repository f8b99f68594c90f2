/// The interface a lollipop relation (`Class ()-- Interface`) puts beside a class, `interface0` ...
public struct ClassInterface: Hashable, Sendable {
  public var id: String
  public var label: String
  public var classID: String
}
