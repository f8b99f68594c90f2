/// `GET /api/v1/orders/{id}` written somewhere, with the words after it.
struct EndpointMention: Hashable, Sendable {
  var method: HTTPMethod
  var path: String
  var rest: String

  static let methods: [String: HTTPMethod] = Dictionary(
    uniqueKeysWithValues: HTTPMethod.allCases.map { ($0.rawValue, $0) })

  /// Reads `METHOD /path` at the start of `text` (after list markers, numbering and backticks).
  static func at(start text: String) -> EndpointMention? {
    var rest = Substring(text)
    rest = rest.drop { $0 == " " || $0 == "`" || $0 == "*" || $0 == "-" || $0 == "[" }
    if let dot = rest.firstIndex(where: { $0 == "." || $0 == ")" }),
      rest[..<dot].allSatisfy(\.isNumber), !rest[..<dot].isEmpty
    {
      rest = rest[rest.index(after: dot)...].drop { $0 == " " || $0 == "`" || $0 == "*" }
    }
    let word = rest.prefix { $0.isLetter }
    guard word.count >= 3, let method = methods[String(word)] else { return nil }
    rest = rest.dropFirst(word.count)
    guard rest.first == " " || rest.first == "\t" else { return nil }
    rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "`" || $0 == "*" }
    guard rest.first == "/" else { return nil }
    let path = rest.prefix { !$0.isWhitespace && $0 != "`" && $0 != "*" && $0 != "|" }
    guard path.count < 400 else { return nil }
    var after = rest.dropFirst(path.count).drop { $0 == "`" || $0 == "*" || $0 == " " }
    after = after.drop { "-–—:|".contains($0) || $0 == " " }
    var trimmedPath = String(path)
    while let last = trimmedPath.last, ".,;:)".contains(last), trimmedPath.count > 1 {
      trimmedPath.removeLast()
    }
    return EndpointMention(method: method, path: trimmedPath, rest: String(after).trimmingSpaces())
  }

  /// Path parameters: `{id}` and `:id` segments.
  var pathParameters: [String] {
    path.split(separator: "/").compactMap { segment in
      if segment.hasPrefix(":") { return String(segment.dropFirst()) }
      if segment.hasPrefix("{"), segment.hasSuffix("}") { return String(segment.dropFirst().dropLast()) }
      return nil
    }
  }

  /// The route with parameters written alike, so `/orders/:id` and `/orders/{orderId}` are one.
  static func routeKey(method: String, path: String) -> String {
    let segments = path.split(separator: "/", omittingEmptySubsequences: true).map { segment -> String in
      if segment.hasPrefix(":") || (segment.hasPrefix("{") && segment.hasSuffix("}")) { return "{}" }
      return segment.lowercased()
    }
    return method.uppercased() + " /" + segments.joined(separator: "/")
  }
}
