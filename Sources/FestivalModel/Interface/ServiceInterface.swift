import Diagnostics

/// A `#### X Interface` section of Step 4: purpose, communication method, operations and data contract.
public struct ServiceInterface: Hashable, Sendable, Codable {
  public var name: String
  /// The component this interface belongs to, resolved from its name.
  public var component: NameReference?
  public var purpose: String?
  public var communicationMethod: String?
  public var operations: [Operation]
  public var dataContract: [DataField]
  public var location: SourceLocation
}
