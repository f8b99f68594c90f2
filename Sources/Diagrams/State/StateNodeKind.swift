/// What a node of a state diagram is; raw values are mermaid's types.
public enum StateNodeKind: String, Hashable, Sendable {
  case state = "default"
  case start
  case end
  case fork
  case join
  case choice
  /// One concurrent region of a composite state (between `--` lines).
  case divider
  case composite
  case note
  /// The group mermaid puts a note and its state in.
  case noteGroup
}
