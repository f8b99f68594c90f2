import Testing

@testable import Diagrams

/// The jison-style lexer: first match wins, jison's word boundary, custom actions, and no endless loop
/// when rules bounce between states without consuming anything.
@Suite struct RuleLexerTests {
  @Test func theFirstRuleThatMatchesWinsAndWordsEndAtABoundary() throws {
    let lexer = RuleLexer(rules: [
      LexRule("one", .token("ONE")), LexRule("[a-z]+", .token("WORD")), LexRule(#"\s+"#, .skip),
    ])
    #expect(try lexer.tokens("one oneself").map(\.kind) == ["ONE", "WORD", "EOF"])
  }

  @Test func aCustomActionGivesBackTheRestOfItsMatch() throws {
    let lexer = RuleLexer(rules: [
      LexRule(
        "[a-z%]+",
        .custom { effect in
          if StateParser.processID(&effect) { effect.kind = "ID" }
        }),
      LexRule("%%.*", .skip),
    ])
    let tokens = try lexer.tokens("abc%%note")
    #expect(tokens.map(\.text) == ["abc", ""] && tokens.map(\.kind) == ["ID", "EOF"])
  }

  @Test func rulesThatBounceBetweenStatesWithoutConsumingStop() {
    let lexer = RuleLexer(rules: [
      LexRule("", .enter("B", token: nil)), LexRule(["B"], "", .leave(token: nil)),
    ])
    #expect(throws: DiagramError.self) { try lexer.tokens("x") }
  }
}
