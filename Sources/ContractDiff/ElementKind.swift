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

}
