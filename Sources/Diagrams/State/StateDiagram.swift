/// A state diagram (`stateDiagram-v2`): its nodes in mermaid's order, parents before their children,
/// and its transitions.
public struct StateDiagram: Hashable, Sendable {
  public var direction: FlowDirection = .topToBottom
  public var nodes: [StateNode] = []
  public var transitions: [StateTransition] = []
  public var title: String?
  public var accTitle: String?
  public var accDescr: String?
  public var classDefs: [StyleClassDef] = []

  public init() {}
}
