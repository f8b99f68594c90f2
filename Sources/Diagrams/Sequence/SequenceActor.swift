/// A participant of a sequence diagram.
public struct SequenceActor: Hashable, Sendable {
  public var name: String
  /// The alias shown in the box (`participant A as Alice`), else the name.
  public var description: String
  /// `participant`, `actor`, or a typed participant's type (`database`, `queue` ...).
  public var type: String
  public var links: [String: String] = [:]
  public var properties: [String: String] = [:]
  /// The box the actor was declared in.
  public var box: Int?
  public var line: Int

  public init(name: String, description: String, type: String, line: Int) {
    self.name = name
    self.description = description
    self.type = type
    self.line = line
  }
}
