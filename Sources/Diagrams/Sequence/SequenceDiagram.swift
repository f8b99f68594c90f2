/// A parsed sequence diagram: what mermaid's sequence database holds after parsing.
public struct SequenceDiagram: Hashable, Sendable {
  public var actors: [SequenceActor] = []
  public var messages: [SequenceMessage] = []
  public var boxes: [SequenceBox] = []
  /// Actor name -> index of the message before which it is created / after which it is destroyed.
  public var created: [String: Int] = [:]
  public var destroyed: [String: Int] = [:]
  public var title: String?
  public var accTitle: String?
  public var accDescr: String?

  public init() {}

  public func actor(_ name: String) -> SequenceActor? { actors.first { $0.name == name } }
}
