/// A node of a flowchart.
public struct FlowVertex: Hashable, Sendable {
  public var id: String
  /// The label; nil when the node was never given one (it shows its id).
  public var label: FlowLabel?
  /// Mermaid's shape name (`round`, `diamond`, `cyl` ...); nil for a node never given a shape.
  public var shape: String?
  public var classes: [String] = []
  public var styles: [String] = []
  /// `[|field:value|text]` properties.
  public var props: [String: String] = [:]
  public var link: String?
  public var linkTarget: String?
  public var tooltip: String?
  public var callback: String?
  /// Further `@{ ... }` properties (`icon`, `img`, `pos`, `w`, `h` ...), as written.
  public var data: [String: String] = [:]
  /// Where the node was first written (line, column in the diagram).
  public var line: Int
  public var column: Int

  public init(id: String, line: Int, column: Int) {
    self.id = id
    self.line = line
    self.column = column
  }

  public var displayText: String { label?.text ?? id }
}
