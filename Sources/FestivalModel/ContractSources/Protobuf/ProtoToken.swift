/// One token of a protobuf file, with where it starts.
struct ProtoToken: Hashable, Sendable {
  enum Kind: Hashable, Sendable {
    /// A name, possibly dotted (`google.protobuf.Timestamp`), or a keyword.
    case word
    case number
    /// A string literal, unquoted.
    case string
    /// One character of punctuation: `{ } ( ) [ ] < > ; , = .`
    case symbol
    /// A string or block comment that never ends.
    case unterminated
  }

  var kind: Kind
  var text: String
  var line: Int
  var column: Int
  /// The `//` or `/* */` comments written on the lines just before this token, joined.
  var leadingComment: String?
  /// A `//` comment after this token on its own line.
  var trailingComment: String?
}
