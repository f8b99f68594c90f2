/// An HTTP method of an endpoint.
public enum HTTPMethod: String, Hashable, Sendable, Codable, CaseIterable {
  case get = "GET"
  case post = "POST"
  case put = "PUT"
  case patch = "PATCH"
  case delete = "DELETE"
  case head = "HEAD"
  case options = "OPTIONS"
}
