/// The kinds of contract element a diff compares.
public enum ElementKind: String, Hashable, Sendable, Codable, CaseIterable {
  case document
  case component
  case externalSystem = "external-system"
  case dependency
  case protocolPair = "protocol"
  case serviceInterface = "interface"
  case operation
  case field
  case endpoint
  case parameter
  case response
  case entity
  case event
  case queue
  case authorization
  case performance
  case scalability
  case errorCode = "error"
  case signOff = "sign-off"

  /// For headings: "Components", "Error codes".
  public var plural: String {
    switch self {
    case .document: "Documents"
    case .component: "Components"
    case .externalSystem: "External systems"
    case .dependency: "Dependencies"
    case .protocolPair: "Protocols"
    case .serviceInterface: "Service interfaces"
    case .operation: "Operations"
    case .field: "Data contract fields"
    case .endpoint: "Endpoints"
    case .parameter: "Endpoint parameters"
    case .response: "Endpoint responses"
    case .entity: "Entities"
    case .event: "Events"
    case .queue: "Queues"
    case .authorization: "Authorization"
    case .performance: "Performance"
    case .scalability: "Scalability"
    case .errorCode: "Error codes"
    case .signOff: "Sign-offs"
    }
  }
}
