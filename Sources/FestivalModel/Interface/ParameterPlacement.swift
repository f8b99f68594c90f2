/// Where a request parameter goes.
public enum ParameterPlacement: String, Hashable, Sendable, Codable {
  case path
  case query
  case header
  case body
  case cookie
  case form
}
