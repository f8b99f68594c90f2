/// The tokens a grammar reads one at a time. Past the last it keeps answering the last (`EOF`), as
/// jison's lexer does.
struct TokenStream {
  var tokens: [LexToken]
  var index = 0
  /// The kind a grammar gives a line break, named in messages as the end of the line.
  let lineEnd: String
  /// How a message names what a token kind stands for.
  let describe: @Sendable (String) -> String

  var peek: LexToken { tokens[min(index, tokens.count - 1)] }

  @discardableResult
  mutating func advance() -> LexToken {
    let token = peek
    if index < tokens.count { index += 1 }
    return token
  }

  @discardableResult
  mutating func expect(_ kinds: [String]) throws -> LexToken {
    guard kinds.contains(peek.kind) else { throw unexpected(expecting: kinds) }
    return advance()
  }

  /// `expected ':' or a label, found the end of the line`, at the token found.
  func unexpected(expecting kinds: [String]) -> DiagramError {
    let found =
      peek.kind == LexToken.endOfInput || peek.text.isEmpty
      ? "the end of the diagram" : peek.kind == lineEnd ? "the end of the line" : "'\(peek.text)'"
    var wanted: [String] = []
    for kind in kinds where !wanted.contains(describe(kind)) { wanted.append(describe(kind)) }
    return DiagramError(
      "expected \(wanted.joined(separator: " or ")), found \(found)", line: peek.line, column: peek.column)
  }
}
