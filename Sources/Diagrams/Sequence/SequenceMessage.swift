/// One entry of a sequence diagram in order: a message, a note, an activation, or the start, divider or
/// end of a block. `kind` uses mermaid's LINETYPE names (`SOLID`, `DOTTED_OPEN`, `LOOP_START`, `NOTE` ...).
public struct SequenceMessage: Hashable, Sendable {
  public enum Placement: Int, Hashable, Sendable {
    case leftOf = 0
    case rightOf = 1
    case over = 2
  }

  public var from: String?
  public var to: String?
  public var kind: String
  public var text: String
  /// For notes.
  public var placement: Placement?
  /// For `autonumber`: where numbering starts, its step, and whether numbers show.
  public var autonumber: (start: Double?, step: Double?, visible: Bool)?
  public var line: Int

  public init(from: String?, to: String?, kind: String, text: String, line: Int) {
    self.from = from
    self.to = to
    self.kind = kind
    self.text = text
    self.line = line
  }

  public static func == (lhs: SequenceMessage, rhs: SequenceMessage) -> Bool {
    lhs.from == rhs.from && lhs.to == rhs.to && lhs.kind == rhs.kind && lhs.text == rhs.text
      && lhs.placement == rhs.placement && lhs.line == rhs.line
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(from)
    hasher.combine(to)
    hasher.combine(kind)
    hasher.combine(text)
    hasher.combine(line)
  }

  /// True for messages between participants (not notes, activations or block markers).
  public var isSignal: Bool { SequenceParser.arrowKinds.values.contains(kind) }
}
