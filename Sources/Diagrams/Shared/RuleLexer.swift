/// A lexer that works as jison's generated ones do without the `flex` option: at each position the
/// rules of the current state are tried in order and the first that matches wins, however short its
/// match. Mermaid's ER, state and class grammars depend on that order (`one` is a cardinality before
/// it is a name), so their parsers take it from here rather than from a longest-match scanner.
struct RuleLexer: Sendable {
  let rules: [LexRule]

  /// The tokens of `text` after its leading white space, which mermaid trims before its grammar runs;
  /// lines and columns stay those of `text`. `atEnd` is a token kind the grammar's `<<EOF>>` rule
  /// yields before the end.
  func tokens(trimmingStart text: String, atEnd: String? = nil) throws -> [LexToken] {
    let leading = text.unicodeScalars.prefix { $0.properties.isWhitespace }
    let skippedLines = leading.filter { $0 == "\n" }.count
    let lastBreak =
      leading.lastIndex(of: "\n").map { leading.distance(from: leading.startIndex, to: $0) + 1 } ?? 0
    let firstColumn = leading.count - lastBreak
    let rest = String(text.unicodeScalars.dropFirst(leading.count))
    func shifted(_ line: Int, _ column: Int) -> (Int, Int) {
      (line + skippedLines, line == 1 ? column + firstColumn : column)
    }
    do {
      var found = try tokens(rest).map { token in
        var token = token
        (token.line, token.column) = shifted(token.line, token.column)
        return token
      }
      if let atEnd, let last = found.last {
        found.insert(
          LexToken(kind: atEnd, text: "", line: last.line, column: last.column), at: found.count - 1)
      }
      return found
    } catch var error as DiagramError {
      (error.line, error.column) = shifted(error.line, error.column)
      throw error
    }
  }

  /// Every token up to and including `EOF`. Throws where no rule of the current state matches.
  func tokens(_ text: String) throws -> [LexToken] {
    var guards = GuardCache()
    var states = [LexRule.initial]
    var position = text.unicodeScalars.startIndex
    var place = (line: 1, column: 1)
    var found: [LexToken] = []
    var emptyMatches = 0
    while position < text.endIndex {
      let state = states.last ?? LexRule.initial
      guard let (rule, matchEnd) = firstMatch(text, at: position, state: state, guards: &guards) else {
        throw Self.unexpected(text.unicodeScalars[position], at: place)
      }
      var end = matchEnd
      let statesBefore = states
      var matched = String(text.unicodeScalars[position..<end])
      func emit(_ kind: String?) {
        if let kind {
          found.append(LexToken(kind: kind, text: matched, line: place.line, column: place.column))
        }
      }
      switch rule.action {
      case .token(let kind): emit(kind)
      case .character: emit(matched.unicodeScalars.first.map { String($0) })
      case .skip: break
      case .enter(let next, let kind):
        states.append(next)
        emit(kind)
      case .leave(let kind):
        if states.count > 1 { states.removeLast() }
        emit(kind)
      case .custom(let action):
        let count = matched.unicodeScalars.count
        var effect = LexEffect(text: matched, kind: nil, consumed: count, states: states)
        action(&effect)
        states = effect.states
        if effect.consumed < count {
          end = text.unicodeScalars.index(position, offsetBy: max(0, effect.consumed))
          matched = String(text.unicodeScalars[position..<end])
        }
        if let kind = effect.kind {
          found.append(LexToken(kind: kind, text: effect.text, line: place.line, column: place.column))
        }
      }
      if end == position {
        // An empty match moves on only when it changed the state, and only a few times in a row:
        // rules that bounce between states without consuming anything would loop forever.
        emptyMatches += 1
        if states != statesBefore && emptyMatches < 8 { continue }
        throw Self.unexpected(text.unicodeScalars[position], at: place)
      }
      emptyMatches = 0
      for scalar in matched.unicodeScalars {
        if scalar == "\n" { place = (place.line + 1, 1) } else { place.column += 1 }
      }
      position = end
    }
    found.append(LexToken(kind: LexToken.endOfInput, text: "", line: place.line, column: place.column))
    return found
  }

  /// No rule takes the character here; a line break or other invisible character is named, not shown.
  static func unexpected(_ scalar: Unicode.Scalar, at place: (line: Int, column: Int)) -> DiagramError {
    let shown: String
    switch scalar {
    case "\n": shown = "the end of the line"
    case "\t": shown = "a tab"
    default:
      shown =
        scalar.properties.isWhitespace || scalar.value < 0x20
        ? "U+" + String(scalar.value, radix: 16, uppercase: true) : "'\(scalar)'"
    }
    return DiagramError("unexpected \(shown)", line: place.line, column: place.column)
  }

  private func firstMatch(
    _ text: String, at position: String.Index, state: String, guards: inout GuardCache
  ) -> (LexRule, String.Index)? {
    for (index, rule) in rules.enumerated() where rule.inEveryState || rule.states.contains(state) {
      if let lineGuard = rule.lineGuard, !guards.holds(lineGuard, rule: index, text: text, from: position) {
        continue
      }
      if let match = try? rule.pattern.prefixMatch(in: text[position...]) {
        return (rule, match.range.upperBound)
      }
    }
    return nil
  }
}

/// Where each guarded rule's guard next matches, so a long line is searched once per rule rather than
/// at every token.
private struct GuardCache {
  var next: [Int: (found: String.Index?, lineEnd: String.Index)] = [:]

  mutating func holds(_ pattern: Regex<AnyRegexOutput>, rule: Int, text: String, from position: String.Index)
    -> Bool
  {
    if let known = next[rule], position <= known.lineEnd {
      guard let found = known.found else { return false }
      if found >= position { return true }
    }
    let lineEnd = text.unicodeScalars[position...].firstIndex(of: "\n") ?? text.endIndex
    let found = (try? pattern.firstMatch(in: text[position..<lineEnd]))?.range.lowerBound
    next[rule] = (found, lineEnd)
    return found != nil
  }
}
