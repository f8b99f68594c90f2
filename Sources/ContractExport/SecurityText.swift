/// Security as the model writes it, back into OpenAPI: schemes described as `bearer (http bearer)`,
/// `key (apiKey in header X-Key)`, `oidc (openIdConnect https://…)`, and requirements as
/// `bearer or key + oauth [pets:admin]` (`none` for an empty list). A scheme the text cannot describe
/// in full (OAuth 2, whose flows' URLs and scopes are not kept) is named in `x-festdoc` instead, and so
/// is any requirement that names it.
enum SecurityText {
  /// The schemes that can be written as OpenAPI 3.1 security schemes, by name, and the descriptions of
  /// those that cannot.
  static func schemes(_ text: String?) -> (carried: [String: [String: Any]], notCarried: [String]) {
    var carried: [String: [String: Any]] = [:]
    var notCarried: [String] = []
    for match in (text ?? "").matches(of: #/([^,()]+?) \(([^)]*)\)/#) {
      let name = String(match.output.1).trimmingCharacters(in: .whitespaces)
      let words = match.output.2.split(separator: " ").map(String.init)
      if let scheme = scheme(words) {
        carried[name] = scheme
      } else {
        notCarried.append("\(name) (\(match.output.2))")
      }
    }
    return (carried, notCarried)
  }

  static func scheme(_ words: [String]) -> [String: Any]? {
    switch words.first {
    case "http" where words.count >= 2: return ["type": "http", "scheme": words[1]]
    case "basic": return ["type": "http", "scheme": "basic"]
    case "apiKey" where words.count == 4 && words[1] == "in":
      return ["type": "apiKey", "in": words[2], "name": words[3]]
    case "openIdConnect" where words.count == 2:
      return ["type": "openIdConnect", "openIdConnectUrl": words[1]]
    case "mutualTLS": return ["type": "mutualTLS"]
    default: return nil
    }
  }

  /// A requirement as OpenAPI's list of alternatives, or nil when it names a scheme not among `known`.
  static func requirement(_ text: String, known: Set<String>) -> [[String: [String]]]? {
    guard text != "none" else { return [] }
    var alternatives: [[String: [String]]] = []
    for alternative in text.components(separatedBy: " or ") {
      var schemes: [String: [String]] = [:]
      guard alternative != "none" else {
        alternatives.append([:])
        continue
      }
      for part in alternative.components(separatedBy: " + ") {
        let name = part.split(separator: " [").first.map(String.init) ?? part
        guard known.contains(name) else { return nil }
        let scopes = part.split(separator: "[").dropFirst().first.map { $0.dropLast() } ?? ""
        schemes[name] = scopes.split(separator: " ").map(String.init)
      }
      alternatives.append(schemes)
    }
    return alternatives
  }
}
