/// A label as the author wrote it, with its kind. Entity placeholders are already decoded.
public struct FlowLabel: Hashable, Sendable {
  public var text: String
  public var type: LabelType

  public init(_ text: String, type: LabelType = .text) {
    self.text = text
    self.type = type
  }
}
