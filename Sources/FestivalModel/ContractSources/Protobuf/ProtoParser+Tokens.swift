import Diagnostics

extension ProtoParser {
  var peek: ProtoToken? {
    guard position < tokens.count else { return nil }
    return tokens[position]
  }

  @discardableResult
  mutating func advance() -> ProtoToken {
    let token = tokens[position]
    position += 1
    return token
  }

  /// Takes the token when it is `text`.
  mutating func accept(_ text: String) -> Bool {
    guard let token = peek, token.text == text, token.kind != .string else { return false }
    position += 1
    return true
  }

  mutating func take(_ kind: ProtoToken.Kind, expecting what: String? = nil) -> ProtoToken? {
    guard let token = peek, token.kind == kind else {
      if let what { missing(what) }
      return nil
    }
    position += 1
    return token
  }

  mutating func expect(_ text: String) -> Bool {
    if accept(text) { return true }
    missing("'\(text)'")
    return false
  }

  mutating func expectEnd() {
    if !accept(";") { missing("';'") }
  }

  /// Counts a declaration against the limit; past it, says so once and the declaration is not kept.
  mutating func count(_ keyword: ProtoToken) -> Bool {
    declarations += 1
    guard declarations > ContractLimits.sourceDeclarations else { return true }
    if !reportedLimit {
      reportedLimit = true
      diagnostics.append(
        Diagnostic(
          .warning, rule: .limitsSourceDeclarations,
          message:
            "the file declares more than \(ContractLimits.sourceDeclarations) messages, enums and services; festdoc reads the first \(ContractLimits.sourceDeclarations)",
          at: SourceLocation(file: path, line: keyword.line, column: keyword.column),
          fix: "split the file"))
    }
    return false
  }

  // MARK: Skipping

  /// To the end of the statement: past its `;`, or past the block it opens.
  mutating func skipStatement() {
    while let token = peek {
      if token.kind == .unterminated { return unexpected(token, expecting: "the end of the statement") }
      if token.text == ";" && token.kind == .symbol {
        position += 1
        return
      }
      if token.text == "{" && token.kind == .symbol {
        skipBlock()
        return
      }
      if token.text == "}" && token.kind == .symbol { return }
      position += 1
    }
  }

  /// After an error: to the end of the statement, leaving a closing brace for the block that owns it.
  mutating func recover() { skipStatement() }

  /// Past a balanced `{ ... }` starting at the current token.
  mutating func skipBlock() {
    guard accept("{") else { return skipStatement() }
    skipToClose()
  }

  /// Past the `}` that closes a block already opened.
  mutating func skipToClose() {
    var depth = 1
    while let token = peek {
      if token.kind == .unterminated { return unexpected(token, expecting: "'}'") }
      position += 1
      guard token.kind == .symbol else { continue }
      if token.text == "{" { depth += 1 }
      if token.text == "}" {
        depth -= 1
        if depth == 0 { return }
      }
    }
    reportEnd("'}'")
  }

  mutating func skipBrackets() {
    var depth = 0
    while let token = peek {
      position += 1
      if token.kind != .symbol { continue }
      if token.text == "[" { depth += 1 }
      if token.text == "]" {
        depth -= 1
        if depth <= 0 { return }
      }
      if token.text == ";" { return }
    }
  }

  // MARK: Reporting

  mutating func missing(_ what: String) {
    if let token = peek {
      unexpected(token, expecting: what)
    } else {
      reportEnd(what)
    }
  }

  mutating func unexpected(_ token: ProtoToken, expecting what: String) {
    let found: String
    switch token.kind {
    case .unterminated:
      found = token.text == "/*" ? "a comment that is never closed" : "a string that is never closed"
    case .string: found = "a string"
    default: found = "'\(token.text)'"
    }
    report(token, "expected \(what), found \(found)")
    if token.kind == .unterminated { position = tokens.count }
  }

  mutating func report(_ token: ProtoToken, _ message: String) {
    diagnostics.append(
      Diagnostic(
        .error, rule: .sourcesProtobufSyntax, message: message,
        at: SourceLocation(file: path, line: token.line, column: token.column)))
  }

  /// The file ended where `what` was expected.
  mutating func reportEnd(_ what: String) {
    let last = tokens.last
    diagnostics.append(
      Diagnostic(
        .error, rule: .sourcesProtobufSyntax, message: "the file ends where \(what) was expected",
        at: SourceLocation(file: path, line: last?.line ?? 1, column: last?.column ?? 1)))
  }
}
