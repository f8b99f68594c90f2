import Diagnostics
import Foundation
import Markdown

/// What a heading says: an endpoint, an rpc, a message, request or response, or a component.
extension MarkdownContractScanner {
  static let requestWords: Set<String> = [
    "request", "requests", "req", "input", "inputs", "params", "parameters", "body", "requestbody", "args",
    "arguments", "requestfields", "requestparameters", "queryparameters", "pathparameters",
  ]
  static let responseWords: Set<String> = [
    "response", "responses", "resp", "output", "outputs", "returns", "result", "responsebody", "reply",
    "responsefields",
  ]
  /// Last words that make a heading name a component: "Billing Service", "Edge Gateway".
  static let componentWords: Set<String> = [
    "service", "api", "gateway", "server", "worker", "backend", "bff", "daemon", "proxy", "broker",
  ]
  /// Words a heading adds after a component's name: "Billing Service API Contract".
  static let headingSuffixes: Set<String> = [
    "interface", "interfaces", "contract", "contracts", "spec", "specification", "endpoints", "rpcs",
    "operations", "methods", "definition", "definitions", "overview", "reference",
  ]

  mutating func applyHeading(_ section: DocumentSection, to context: inout SourceContext) {
    let title = Self.stripNumbering(section.title)
    if let mention = EndpointMention.at(start: title) {
      context.target = .endpoint(
        addEndpoint(mention, summary: mention.rest, line: section.line, owner: context.owner))
      context.direction = nil
      return
    }
    if let direction = Self.direction(of: title) {
      context.direction = direction
      if let message = Self.messageName(in: title), context.target == nil {
        context.target = .message(messageIndex(named: message, line: section.line, owner: context.owner))
      }
      return
    }
    if let declared = RPCDeclaration(title) {
      context.target = operationTarget(declared, line: section.line, context: context)
      context.direction = nil
      return
    }
    let word = Self.identifier(title)
    if let word, let known = operations[fold(word)] {
      context.target = .operation(service: known.service, operation: known.operation)
      context.direction = nil
      return
    }
    if let word, messages[fold(word)] != nil || Self.looksLikeMessage(word) {
      context.target = .message(messageIndex(named: word, line: section.line, owner: context.owner))
      context.direction = Self.messageDirection(word)
      return
    }
    if let word, Self.isCamelCase(word) {
      context.target = candidateOperation(word, line: section.line, owner: context.owner)
      context.direction = nil
      return
    }
    // The document's own title (its level-1 heading) owns only as the last resort: `titleOwner`.
    if section.level > 1, let component = Self.componentName(in: title) {
      context.owner = Ownership(component: component, inferred: true, basis: "the heading '\(section.title)'")
      context.target = nil
      context.direction = nil
    }
  }

  /// `1. GetUser`, `Step 2: ...`, `rpc GetUser`, `` `GetUser` ``: the words without the decoration.
  static func stripNumbering(_ title: String) -> String {
    var text = Substring(title.trimmingSpaces())
    let number = text.prefix { $0.isNumber || $0 == "." }
    if !number.isEmpty, number.first!.isNumber {
      text = text.dropFirst(number.count).drop { $0 == " " || $0 == ")" || $0 == ":" }
    }
    for prefix in ["rpc ", "rpc: ", "operation: ", "endpoint: ", "message ", "message: ", "method: "]
    where text.lowercased().hasPrefix(prefix) {
      text = text.dropFirst(prefix.count)
    }
    return cleanName(String(text))
  }

  /// Request or response, when the heading or label is just that ("Request Body", "Response (200)",
  /// "Returns", "GetUserReq").
  static func direction(of title: String) -> SourceContext.Direction? {
    let words = title.split { !$0.isLetter }.map { $0.lowercased() }
    guard let first = words.first, words.count <= 4 else { return nil }
    let joined = words.joined()
    if requestWords.contains(first) || requestWords.contains(joined) { return .request }
    if responseWords.contains(first) || responseWords.contains(joined) { return .response }
    return nil
  }

  static func messageDirection(_ name: String) -> SourceContext.Direction? {
    for suffix in ["Req", "Request"] where name.hasSuffix(suffix) { return .request }
    for suffix in ["Resp", "Response", "Reply"] where name.hasSuffix(suffix) { return .response }
    return nil
  }

  /// A message named in a label: `` Request (`GetUserReq`) ``, `Response: GetUserResp`.
  static func messageName(in text: String) -> String? {
    let words = text.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") }
    return words.dropFirst().first { looksLikeMessage(String($0)) }.map(String.init)
  }

  /// One identifier and nothing else: `GetUser`, `order.Line`.
  static func identifier(_ title: String) -> String? {
    var text = Substring(title)
    if text.hasSuffix("()") { text = text.dropLast(2) }
    guard let first = text.first, first.isLetter || first == "_",
      text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }), text.count <= 120
    else { return nil }
    return String(text)
  }

  /// `RecordScan`, `getUser`: a word with a lower-to-upper turn inside, as rpc names are written
  /// ("Overview" and "Requirements" are not).
  static func isCamelCase(_ word: String) -> Bool {
    guard word.count >= 4, word.count <= 80, !word.contains("."), !word.contains("_") else { return false }
    var previousLower = false
    for character in word {
      if character.isUppercase && previousLower { return true }
      previousLower = character.isLowercase
    }
    return false
  }

  /// `GetUserReq`, `OrderCreatedEvent`, `ShipmentPayload`: a CamelCase word that names a data type.
  static func looksLikeMessage(_ word: String) -> Bool {
    guard let first = word.first, first.isUppercase, word.count >= 4,
      word.contains(where: { $0.isLowercase })
    else { return false }
    let suffixes = [
      "Req", "Request", "Resp", "Response", "Reply", "Payload", "Message", "Event", "Dto", "DTO",
    ]
    return suffixes.contains { word.hasSuffix($0) && word.count > $0.count }
  }

  /// "Billing Service", "Service: Billing", "Edge Gateway API": the component a heading is about.
  static func componentName(in title: String) -> String? {
    let lower = title.lowercased()
    for prefix in ["service:", "component:", "service -", "component -"] where lower.hasPrefix(prefix) {
      let name = cleanName(String(title.dropFirst(prefix.count)))
      return name.isEmpty ? nil : name
    }
    // "Task: Billing Service API": the words after the label.
    if let colon = title.lastIndex(of: ":") {
      let rest = title[title.index(after: colon)...].trimmingSpaces()
      if !rest.isEmpty, rest != title { return componentName(in: rest) }
    }
    // One CamelCase word that ends like a component: `AuthService`, `EdgeGateway`.
    let endings = ["Service", "Gateway", "Server", "Worker", "API", "Api", "Backend", "Proxy", "Broker"]
    if !title.contains(" "), isCamelCase(title),
      endings.contains(where: { title.hasSuffix($0) && title.count > $0.count })
    {
      return title
    }
    var words = title.split(separator: " ").map(String.init)
    while let last = words.last, headingSuffixes.contains(last.lowercased()), words.count > 1 {
      words.removeLast()
    }
    if words.count >= 2, let last = words.last?.lowercased(), last == "api", words.count > 2,
      componentWords.contains(words[words.count - 2].lowercased())
    {
      words.removeLast()
    }
    guard words.count >= 2, words.count <= 5, let last = words.last?.lowercased(),
      componentWords.contains(last),
      words.allSatisfy({ $0.first?.isLetter == true || $0.first?.isNumber == true })
    else { return nil }
    return words.joined(separator: " ")
  }

  // MARK: Labels

  /// A short paragraph that labels the table after it: `**Request** (GetUserReq):`, `Response:`.
  static func label(_ paragraph: Paragraph) -> String? {
    let text = paragraph.content.plainText.trimmingSpaces()
    guard text.count <= 100, !text.contains("\n"), direction(of: text) != nil else { return nil }
    let words = text.split { !$0.isLetter }
    guard words.count <= 6 else { return nil }
    return text
  }

  mutating func applyLabel(_ text: String, line: Int, to context: inout SourceContext) {
    context.direction = Self.direction(of: text)
    guard let name = Self.messageName(in: text) else { return }
    if case .operation(let s, let o) = context.target {
      let operation = contract.serviceInterfaces[s].operations[o]
      if context.direction == .request, operation.input.isEmpty {
        contract.serviceInterfaces[s].operations[o].input = name
      }
      if context.direction == .response, operation.output.isEmpty {
        contract.serviceInterfaces[s].operations[o].output = name
      }
    } else if context.target == nil {
      context.target = .message(messageIndex(named: name, line: line, owner: context.owner))
    }
  }
}
