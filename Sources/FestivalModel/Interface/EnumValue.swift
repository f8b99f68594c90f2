import Diagnostics

/// One value of an enum: its name, its number and what it means.
public struct EnumValue: Hashable, Sendable, Codable {
  public var name: String
  public var number: String
  public var description: String
  public var location: SourceLocation

  public init(name: String, number: String, description: String, location: SourceLocation) {
    (self.name, self.number, self.description, self.location) = (name, number, description, location)
  }
}
