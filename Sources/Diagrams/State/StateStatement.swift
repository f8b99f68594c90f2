/// A statement of a state diagram as mermaid's grammar builds it, before its database reads it: a
/// state (with a nested document when composite), a transition between two, or a definition.
indirect enum StateStatement: Hashable, Sendable {
  struct Item: Hashable, Sendable {
    var id: String
    /// Mermaid's `type`: `default`, `fork`, `join`, `choice`, `divider`; nil for a note statement.
    var type: String?
    /// One description, or (`state "A" as B:c`) two.
    var descriptions: [String] = []
    var document: [StateStatement]?
    /// A note's side (`left of`, `right of`) and text, for a note statement.
    var notePosition: String?
    var noteText = ""
    var classes: [String] = []
    /// Set on `[*]`: true where it starts a transition, false where it ends one.
    var start: Bool?
  }

  case state(Item)
  case relation(Item, Item, description: String?)
  case classDef(id: String, styles: String)
  case style(ids: String, styles: String)
  case applyClass(ids: String, className: String)
  case direction(FlowDirection)
  case click(id: String, url: String, tooltip: String)
  /// Parsed and dropped, as mermaid drops it (`state X` alone, `hide empty description`, `scale`,
  /// floating notes).
  case ignored
}
