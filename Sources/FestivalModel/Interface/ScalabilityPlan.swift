import Diagnostics

/// A row of the scalability planning table.
public struct ScalabilityPlan: Hashable, Sendable, Codable {
  public var component: NameReference
  public var currentCapacity: String
  public var currentFigures: [Quantity]
  public var scaleTrigger: String
  public var triggerFigures: [Quantity]
  public var scaleMethod: String
  public var maxCapacity: String
  public var maxFigures: [Quantity]
  public var extra: [String: String]
  public var location: SourceLocation
}
