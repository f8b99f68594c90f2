/// What a custom lexer action does with one match, as jison's actions do: `kind` nil yields no token.
struct LexEffect {
  /// The token's text; starts as the whole match.
  var text: String
  /// The token's kind, or nil for none.
  var kind: String?
  /// How many of the match's Unicode scalars are consumed; fewer give the rest back to the input.
  var consumed: Int
  /// The lexer's state stack, innermost last.
  var states: [String]

  mutating func push(_ state: String) { states.append(state) }

  mutating func pop() { if states.count > 1 { states.removeLast() } }
}
