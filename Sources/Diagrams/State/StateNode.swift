/// A node of a state diagram, as mermaid's renderer lists them: every state at every depth, start and
/// end points, pseudo-states, concurrent regions and notes, each naming its enclosing composite.
public struct StateNode: Hashable, Sendable {
  public var id: String
  public var kind: StateNodeKind
  /// The first description line (`Idle : waiting`), else the id; a composite's title.
  public var label: String
  /// Further description lines, when a state has more than one.
  public var descriptions: [String] = []
  /// The enclosing composite state or concurrent region; nil at the top level.
  public var parent: String?
  /// A composite's own direction.
  public var direction: FlowDirection?
  /// A note's side of its state: `left of` or `right of`.
  public var notePosition: String?
  public var classes: [String] = []
  public var styles: [String] = []
  /// Mermaid's renderer shape (`rect`, `rectWithTitle`, `stateStart`, `roundedWithTitle` ...) and its
  /// CSS classes as it writes them, kept for comparing with mermaid.
  public var shape = "rect"
  public var cssClasses = ""

  public init(id: String, kind: StateNodeKind, label: String, parent: String? = nil) {
    self.id = id
    self.kind = kind
    self.label = label
    self.parent = parent
  }
}
