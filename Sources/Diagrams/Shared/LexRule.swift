/// One rule of a jison-style lexer, as mermaid's grammars write them: a pattern tried at the current
/// position in the states it belongs to, and what a match does.
struct LexRule: @unchecked Sendable {  // Regex values are immutable and safe to share.
  enum Action: Sendable {
    /// Yields a token of this kind.
    case token(String)
    /// Yields the matched text's first character as the token kind (jison's `return yytext[0]`).
    case character
    /// Consumes the match and yields nothing.
    case skip
    /// Enters a lexer state, yielding a token when one is named.
    case enter(String, token: String?)
    /// Leaves the current state, yielding a token when one is named.
    case leave(token: String?)
    /// A grammar's own action: it may change the token's text and kind, give back the end of the
    /// match (jison's `unput`), and move between states (`LexEffect`).
    case custom(@Sendable (inout LexEffect) -> Void)
  }

  static let initial = "INITIAL"
  /// jison's `<*>`: a rule tried in every state, the initial one included.
  static let everyState = "*"

  /// The states the rule is tried in (jison's `<state>` prefix; none means the initial state only, as
  /// every state of mermaid's grammars is exclusive).
  let states: Set<String>
  /// Whether the rule was written for `everyState`.
  let inEveryState: Bool
  let pattern: Regex<AnyRegexOutput>
  let action: Action
  /// A pattern that must match somewhere ahead on the same line before this rule is tried. Rules that
  /// start with `.*` would otherwise rescan the rest of the line at every token of a long line.
  let lineGuard: Regex<AnyRegexOutput>?

  /// `pattern` is matched at the current position, by Unicode scalar as JavaScript matches by code
  /// unit, with ASCII `\w` and `\b` as in JavaScript; `caseInsensitive` follows the grammar's
  /// `%options case-insensitive`.
  init(
    _ states: [String], _ pattern: String, _ action: Action, caseInsensitive: Bool = true,
    lineGuard: String? = nil
  ) {
    self.states = Set(states.isEmpty ? [Self.initial] : states)
    self.inEveryState = states.contains(Self.everyState)
    self.pattern = Self.compile(Self.bounded(pattern), caseInsensitive: caseInsensitive)
    self.action = action
    self.lineGuard = lineGuard.map { Self.compile($0, caseInsensitive: caseInsensitive) }
  }

  /// A rule of the initial state.
  init(_ pattern: String, _ action: Action, caseInsensitive: Bool = true, lineGuard: String? = nil) {
    self.init([], pattern, action, caseInsensitive: caseInsensitive, lineGuard: lineGuard)
  }

  /// Jison appends `\b` to a rule whose pattern ends in a word character (not an escape such as `\n`)
  /// when the grammar does not ask for flex behaviour: mermaid's `"one"` is `one\b`, so `oneThing` is
  /// a name and `1` before `2` is no cardinality.
  static func bounded(_ pattern: String) -> String {
    guard let last = pattern.unicodeScalars.last, last.isASCII,
      last.properties.isAlphabetic || ("0"..."9").contains(last) || last == "_",
      (try? #/\\(?:[rfntvsb]|c[A-Z]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|[0-7]{1,3})$/#.firstMatch(in: pattern))
        == nil
    else { return pattern }
    return pattern + #"\b"#
  }

  static func compile(_ pattern: String, caseInsensitive: Bool) -> Regex<AnyRegexOutput> {
    let regex = try! Regex(pattern).matchingSemantics(.unicodeScalar).asciiOnlyWordCharacters()
      .wordBoundaryKind(.simple)
    return caseInsensitive ? regex.ignoresCase() : regex
  }
}
