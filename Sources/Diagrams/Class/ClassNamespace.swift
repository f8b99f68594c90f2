/// A namespace of a class diagram by its qualified id (`Company.Project`): the label drawn (the last
/// part, or the one written in `["..."]`), its parent, and what it holds. `explicit` is false for an
/// ancestor created only because a dotted name passed through it.
public struct ClassNamespace: Hashable, Sendable {
  public var id: String
  public var label: String
  public var parent: String?
  public var explicit: Bool
  public var classes: [String] = []
  public var notes: [String] = []
  public var children: [String] = []
}
