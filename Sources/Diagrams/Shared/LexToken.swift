/// A token of a jison-style lexer: its kind (the grammar's terminal name), its text and where it starts.
struct LexToken: Hashable, Sendable {
  var kind: String
  var text: String
  /// Line and column from 1, in the diagram's text.
  var line: Int
  var column: Int

  static let endOfInput = "EOF"
}
