/// A parser that reads a `TokenStream`: the look-ahead and expectations the ER, state and class
/// grammars share.
protocol TokenReading {
  var stream: TokenStream { get set }
}

extension TokenReading {
  var peek: LexToken { stream.peek }

  @discardableResult
  mutating func advance() -> LexToken { stream.advance() }

  @discardableResult
  mutating func expect(_ kinds: String...) throws -> LexToken { try stream.expect(kinds) }

  func unexpected(expecting kinds: [String]) -> DiagramError { stream.unexpected(expecting: kinds) }
}
