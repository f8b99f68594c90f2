/// A laid-out class diagram: each class's box at its place, notes and lollipop interfaces as the
/// engine placed them, and the relations as routed edges. The routing is the flowchart engine's
/// (`flow`): its nodes are classes (`c0` ...), notes (`n0` ...) and interfaces (`i0` ...), its edges the
/// relations (`r0` ...) and the lines from notes to their classes (`m0` ...), its clusters the
/// namespaces (`s0` ...).
public struct ClassDrawing: Sendable {
  public struct Box: Sendable {
    public var box: ClassBox
    /// The box's top-left corner; the engine may have widened a box with many edges.
    public var origin: LayoutResult.Point
    public var width: Double
    public var height: Double
  }

  public var boxes: [Box]
  public var flow: FlowchartDrawing

  public var width: Double { flow.width }
  public var height: Double { flow.height }
}
