import Diagnostics

/// A row of the event catalog.
public struct EventContract: Hashable, Sendable, Codable {
  public var name: String
  public var publisher: NameReference?
  public var subscribers: [NameReference]
  public var trigger: String
  public var payload: String
  public var deliveryGuarantee: DeliveryGuarantee?
  public var guaranteeWritten: String
  public var owner: Ownership?
  public var extra: [String: String]
  public var location: SourceLocation
}
