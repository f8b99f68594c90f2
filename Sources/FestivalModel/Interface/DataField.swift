import Diagnostics

/// A row of a data contract: a field with its type and rules.
public struct DataField: Hashable, Sendable, Codable {
  public var name: String
  public var type: String
  public var required: Bool?
  public var requiredWritten: String
  public var validation: String
  /// nil when the cell says there is none (`N/A`, `-`, empty); `null` stays a value.
  public var defaultValue: String?
  public var description: String
  public var extra: [String: String]
  public var location: SourceLocation
}
