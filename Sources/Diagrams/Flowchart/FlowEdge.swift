/// An edge between two nodes (or subgraphs).
public struct FlowEdge: Hashable, Sendable {
  public var start: String
  public var end: String
  public var head: EdgeHead
  public var stroke: EdgeStroke
  /// Extra ranks the edge spans: 1 for `-->`, 2 for `--->`.
  public var length: Int
  public var label: FlowLabel?
  /// `L_A_B_0` unless the author named it (`e1@-->`).
  public var id: String
  public var isUserDefinedID: Bool
  public var styles: [String] = []
  public var classes: [String] = []
  public var interpolate: String?
  public var animate: Bool = false
  public var line: Int

  public init(
    start: String, end: String, head: EdgeHead, stroke: EdgeStroke, length: Int, label: FlowLabel?,
    id: String,
    isUserDefinedID: Bool, line: Int
  ) {
    self.start = start
    self.end = end
    self.head = head
    self.stroke = stroke
    self.length = length
    self.label = label
    self.id = id
    self.isUserDefinedID = isUserDefinedID
    self.line = line
  }
}
