import Diagnostics

/// Reads protobuf's declarations (proto2, proto3 and editions) from tokens. It is forgiving: at a
/// statement it cannot read it reports the place and skips to the end of that statement, so one slip
/// costs one declaration, not the file.
struct ProtoParser {
  let tokens: [ProtoToken]
  var position = 0
  let path: String
  var file = ProtoFile()
  var diagnostics: [Diagnostic] = []
  /// Declarations read so far, against `ContractLimits.sourceDeclarations`.
  var declarations = 0
  var reportedLimit = false

  /// Nesting deeper than this is skipped: no schema needs it, and it bounds the recursion.
  static let maximumDepth = 32

  init(tokens: [ProtoToken], path: String) {
    self.tokens = tokens
    self.path = path
  }

  static func parse(_ text: String, path: String, firstLine: Int = 1) -> (ProtoFile, [Diagnostic]) {
    var parser = ProtoParser(tokens: ProtoLexer.tokens(of: text, firstLine: firstLine), path: path)
    parser.parseFile()
    return (parser.file, parser.diagnostics)
  }

  private mutating func parseFile() {
    while let token = peek {
      switch token.text {
      case "syntax", "edition":
        advance()
        if accept("=") { file.syntax = take(.string)?.text }
        expectEnd()
      case "package":
        advance()
        file.package = take(.word)?.text
        expectEnd()
      case "import":
        advance()
        _ = accept("public") || accept("weak")
        if let name = take(.string) { file.imports.append(name.text) }
        expectEnd()
      case "option": skipStatement()
      case ";": advance()
      case "rpc":
        if let rpc = parseRPC() { file.looseRPCs.append(rpc) } else { recover() }
      default:
        if !parseDefinition(prefix: "", depth: 0) {
          unexpected(token, expecting: "a declaration")
          if peek?.text == "}" { advance() } else { recover() }
        }
      }
    }
  }

  /// A `message`, `enum`, `service` or `extend` at the current token; false when it is none of these.
  private mutating func parseDefinition(prefix: String, depth: Int) -> Bool {
    guard let token = peek, token.kind == .word else { return false }
    switch token.text {
    case "message": parseMessage(prefix: prefix, depth: depth)
    case "enum": parseEnum(prefix: prefix)
    case "service" where depth == 0: parseService()
    case "extend":
      advance()
      _ = take(.word)
      skipBlock()
    default: return false
    }
    return true
  }

  private mutating func parseMessage(prefix: String, depth: Int) {
    let keyword = advance()
    guard let name = take(.word, expecting: "a message name") else { return recover() }
    let fullName = prefix.isEmpty ? name.text : prefix + "." + name.text
    guard expect("{") else { return recover() }
    guard depth < Self.maximumDepth else {
      report(name, "messages nested deeper than \(Self.maximumDepth) levels are not read")
      return skipToClose()
    }
    let index = file.messages.count
    let counted = count(keyword)
    if counted {
      file.messages.append(
        ProtoMessage(name: fullName, comment: keyword.leadingComment ?? "", line: keyword.line))
    }
    parseMessageBody(fullName: fullName, index: counted ? index : nil, oneof: nil, depth: depth)
  }

  /// Fields and nested declarations up to the closing brace.
  private mutating func parseMessageBody(fullName: String, index: Int?, oneof: String?, depth: Int) {
    while let token = peek, token.text != "}" {
      if parseDefinition(prefix: fullName, depth: depth + 1) { continue }
      switch token.text {
      case ";": advance()
      case "option", "reserved", "extensions": skipStatement()
      case "oneof" where oneof == nil:
        advance()
        let group = take(.word)?.text ?? ""
        if expect("{") { parseMessageBody(fullName: fullName, index: index, oneof: group, depth: depth) }
      default:
        guard let field = parseField(oneof: oneof) else {
          recover()
          continue
        }
        if let index { file.messages[index].fields.append(field) }
      }
    }
    if !accept("}") { reportEnd("'}'") }
  }

  /// `[label] type name = number [options];`, or a `map<K, V>` field.
  private mutating func parseField(oneof: String?) -> ProtoField? {
    guard let first = peek, first.kind == .word else {
      if let token = peek { unexpected(token, expecting: "a field") }
      return nil
    }
    var label = ""
    if ["repeated", "optional", "required"].contains(first.text) {
      label = advance().text
    }
    guard let type = take(.word, expecting: "a field type") else { return nil }
    var typeText = type.text
    if typeText == "map" || typeText == "group" {
      if typeText == "map", accept("<") {
        let key = take(.word)?.text ?? ""
        _ = accept(",")
        let value = take(.word)?.text ?? ""
        guard expect(">") else { return nil }
        typeText = "map<\(key), \(value)>"
      }
    }
    guard let name = take(.word, expecting: "a field name") else { return nil }
    guard expect("=") else { return nil }
    let number = take(.number, expecting: "a field number")?.text ?? ""
    if peek?.text == "[" { skipBrackets() }
    let end = peek
    guard expect(";") else { return nil }
    let comment = [first.leadingComment, end?.trailingComment, name.trailingComment]
      .compactMap { $0 }.joined(separator: "\n")
    return ProtoField(
      name: name.text, type: typeText, label: label, number: number, oneof: oneof, comment: comment,
      line: first.line)
  }

  private mutating func parseEnum(prefix: String) {
    let keyword = advance()
    guard let name = take(.word, expecting: "an enum name") else { return recover() }
    guard expect("{") else { return recover() }
    var value = ProtoEnum(
      name: prefix.isEmpty ? name.text : prefix + "." + name.text, comment: keyword.leadingComment ?? "",
      line: keyword.line)
    while let token = peek, token.text != "}" {
      switch token.text {
      case ";": advance()
      case "option", "reserved": skipStatement()
      default:
        guard token.kind == .word else {
          unexpected(token, expecting: "an enum value")
          recover()
          continue
        }
        advance()
        guard expect("=") else {
          recover()
          continue
        }
        let number = take(.number, expecting: "a number")?.text ?? ""
        if peek?.text == "[" { skipBrackets() }
        let end = peek
        if !expect(";") { recover() }
        let comment = [token.leadingComment, end?.trailingComment].compactMap { $0 }.joined(separator: "\n")
        value.values.append(
          ProtoEnumValue(name: token.text, number: number, comment: comment, line: token.line))
      }
    }
    if !accept("}") { reportEnd("'}'") }
    if count(keyword) { file.enums.append(value) }
  }

  private mutating func parseService() {
    let keyword = advance()
    guard let name = take(.word, expecting: "a service name") else { return recover() }
    guard expect("{") else { return recover() }
    var service = ProtoService(name: name.text, comment: keyword.leadingComment ?? "", line: keyword.line)
    while let token = peek, token.text != "}" {
      switch token.text {
      case ";": advance()
      case "option": skipStatement()
      case "rpc":
        if let rpc = parseRPC() { service.rpcs.append(rpc) } else { recover() }
      default:
        unexpected(token, expecting: "an rpc")
        recover()
      }
    }
    if !accept("}") { reportEnd("'}'") }
    if count(keyword) { file.services.append(service) }
  }

  /// `rpc Name (stream Request) returns (stream Response);` or with an options block.
  private mutating func parseRPC() -> ProtoRPC? {
    let keyword = advance()
    guard let name = take(.word, expecting: "an rpc name"), expect("(") else { return nil }
    let clientStreaming = accept("stream")
    guard let request = take(.word, expecting: "a request message"), expect(")") else { return nil }
    guard accept("returns") else {
      if let token = peek { unexpected(token, expecting: "'returns'") }
      return nil
    }
    guard expect("(") else { return nil }
    let serverStreaming = accept("stream")
    guard let response = take(.word, expecting: "a response message"), expect(")") else { return nil }
    let end = peek
    if peek?.text == "{" { skipBlock() } else if !expect(";") { return nil }
    let comment = [keyword.leadingComment, end?.trailingComment].compactMap { $0 }.joined(separator: "\n")
    return ProtoRPC(
      name: name.text, request: request.text, response: response.text, clientStreaming: clientStreaming,
      serverStreaming: serverStreaming, comment: comment, line: keyword.line)
  }
}
