/// A sequence diagram laid out: participant columns, messages in order down the page, notes, frames of
/// blocks, activation bars and boxes, ready to draw.
public struct SequenceDrawing: Sendable {
  public struct Participant: Sendable {
    public var actor: SequenceActor
    public var centerX: Double
    public var width: Double
    public var lines: [String]
    /// Top of its head box (created participants start lower), and where its lifeline ends.
    public var headTop: Double
    public var lifelineEnd: Double
    public var destroyed: Bool
  }

  public struct Message: Sendable {
    public var message: SequenceMessage
    public var fromX: Double
    public var toX: Double
    public var y: Double
    public var lines: [String]
    public var number: String?
    public var isSelf: Bool
  }

  public struct Note: Sendable {
    public var message: SequenceMessage
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double
    public var lines: [String]
  }

  public struct Frame: Sendable {
    public var kind: String
    public var label: String
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double
    /// Dividers (`else`, `and`, `option`): their y and label.
    public var dividers: [(y: Double, label: String)]
    public var depth: Int
    /// For `rect`: the colour written.
    public var fill: String?
  }

  public struct Activation: Sendable {
    public var actor: String
    public var x: Double
    public var top: Double
    public var bottom: Double
  }

  public struct Box: Sendable {
    public var box: SequenceBox
    public var x: Double
    public var width: Double
  }

  public var width: Double
  public var height: Double
  public var participants: [Participant]
  public var messages: [Message]
  public var notes: [Note]
  public var frames: [Frame]
  public var activations: [Activation]
  public var boxes: [Box]
  public var headHeight: Double
  public var bottomTop: Double
  public var lineHeight: Double
}
