/// A transition between two nodes of a state diagram, or (`isNote`) a note's connector to its state.
public struct StateTransition: Hashable, Sendable {
  public var from: String
  public var to: String
  public var label: String
  public var isNote: Bool

  public init(from: String, to: String, label: String = "", isNote: Bool = false) {
    self.from = from
    self.to = to
    self.label = label
    self.isNote = isNote
  }
}
