import Foundation

/// An rpc written as a heading or list item: `GetUser(GetUserReq) returns (GetUserResp)`,
/// `CreateSession(CreateSessionRequest) → Session`, `Watch(stream WatchReq) returns (stream Event)`.
struct RPCDeclaration: Equatable {
  var name: String
  var request: String
  var response: String
  var clientStreaming: Bool
  var serverStreaming: Bool

  init?(_ text: String) {
    guard let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else {
      return nil
    }
    let name = text[..<open].trimmingSpaces()
    guard let first = name.first, first.isLetter, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
    else { return nil }
    var request = Substring(text[text.index(after: open)..<close]).trimmingSpaces()
    clientStreaming = request.hasPrefix("stream ")
    if clientStreaming { request = String(request.dropFirst(7)).trimmingSpaces() }
    guard request.isEmpty || Self.isTypeName(request) else { return nil }
    var rest = Substring(text[text.index(after: close)...]).drop { $0 == " " }
    var arrow = false
    for word in ["returns", "->", "→", "=>", ":"] where rest.hasPrefix(word) {
      rest = rest.dropFirst(word.count).drop { $0 == " " }
      arrow = true
      break
    }
    var response = ""
    if arrow {
      var inner = rest.drop { $0 == "(" }
      serverStreaming = inner.hasPrefix("stream ")
      if serverStreaming { inner = inner.dropFirst(7) }
      response = String(inner.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." })
    } else {
      serverStreaming = false
      guard rest.isEmpty else { return nil }
    }
    (self.name, self.request, self.response) = (name, request, response)
  }

  static func isTypeName(_ text: String) -> Bool {
    guard let first = text.first, first.isLetter || first == "." else { return false }
    return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
  }
}
