/// What a data element of the contract is.
public enum DataForm: String, Hashable, Sendable, Codable {
  /// A row of the template's core data entities table.
  case entity
  /// A protobuf `message`, or a request or response type a field table defines.
  case message
  /// A protobuf `enum`: a set of values.
  case enumeration
  /// A row of a table of schemas or data contracts (`Schema | Purpose | Used By`).
  case schema

  /// How a page names this kind: "Message", "Enum" ...
  public var label: String {
    switch self {
    case .entity: "Entity"
    case .message: "Message"
    case .enumeration: "Enum"
    case .schema: "Schema"
    }
  }
}
