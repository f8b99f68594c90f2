extension ERParser {
  /// Mermaid 11's ER lexer rules in their order (erDiagram.jison), case-insensitive as it is. The order
  /// is the language: `one` is a cardinality before it can start a name, `class` a keyword before
  /// `classroom` can be a name, and a line holding `direction TB` anywhere is a direction.
  static let lexer = RuleLexer(rules: lexRules + cardinalityRules + closingRules)

  private static let unicodeWord = #"[^\x00-\x7F]|[A-Za-z0-9_]"#

  private static var lexRules: [LexRule] {
    var rules = LexRule.accessibility
    rules += LexRule.directions()
    rules += [
      LexRule(#"\n+"#, .token("NEWLINE")),
      LexRule(#"\s+"#, .skip),
      LexRule(#""[^"%\r\n\x0B\x08\\]+""#, .token("ENTITY_NAME")),
      LexRule(#""[^"]*""#, .token("WORD")),
      LexRule("erDiagram", .token("ER_DIAGRAM")),
      LexRule(#"\{"#, .enter("block", token: "BLOCK_START")),
      LexRule("#", .token("BRKT")),
      LexRule(",", .token("COMMA")),
      LexRule(":::", .token("STYLE_SEPARATOR")),
      LexRule(":", .token("COLON")),
      LexRule(["block"], #"\s+"#, .skip),
      LexRule(["block"], #"\b(?:PK|FK|UK)\b"#, .token("ATTRIBUTE_KEY")),
      LexRule(["block"], #"[^\s]*~.*~[^\s]*"#, .token("ATTRIBUTE_WORD"), lineGuard: "~.*~"),
      LexRule(
        ["block"], #"[*A-Za-z_\u{C0}-\u{10FFFF}][A-Za-z0-9\-_\[\]()\u{C0}-\u{10FFFF}*]*"#,
        .token("ATTRIBUTE_WORD")),
      LexRule(["block"], #""[^"]*""#, .token("COMMENT")),
      LexRule(["block"], #"\n+"#, .skip),
      LexRule(["block"], #"\}"#, .leave(token: "BLOCK_STOP")),
      LexRule(["block"], #"."#, .character),
      LexRule(#"\["#, .token("SQS")),
      LexRule(#"\]"#, .token("SQE")),
      LexRule("style", .enter("style", token: "STYLE")),
      LexRule(["style"], #"\n+"#, .leave(token: "NEWLINE")),
      LexRule(["style"], #"\s+"#, .skip),
      LexRule(["style"], ":", .token("COLON")),
      LexRule(["style"], ",", .token("COMMA")),
      LexRule(["style"], "#", .token("BRKT")),
      LexRule("classDef", .enter("style", token: "CLASSDEF")),
      LexRule("class", .token("CLASS")),
    ]
    return rules
  }

  private static var cardinalityRules: [LexRule] {
    [
      LexRule("one or zero", .token("ZERO_OR_ONE")),
      LexRule("one or more", .token("ONE_OR_MORE")),
      LexRule("one or many", .token("ONE_OR_MORE")),
      LexRule(#"1\+"#, .token("ONE_OR_MORE")),
      LexRule(#"\|o"#, .token("ZERO_OR_ONE")),
      LexRule("zero or one", .token("ZERO_OR_ONE")),
      LexRule("zero or more", .token("ZERO_OR_MORE")),
      LexRule("zero or many", .token("ZERO_OR_MORE")),
      LexRule(#"0\+"#, .token("ZERO_OR_MORE")),
      LexRule(#"\}o"#, .token("ZERO_OR_MORE")),
      LexRule(#"many\(0\)"#, .token("ZERO_OR_MORE")),
      LexRule(#"many\(1\)"#, .token("ONE_OR_MORE")),
      LexRule("many", .token("ZERO_OR_MORE")),
      LexRule(#"\}\|"#, .token("ONE_OR_MORE")),
      LexRule("one", .token("ONLY_ONE")),
      LexRule("only one", .token("ONLY_ONE")),
      LexRule(#"[0-9]+\.[0-9]+"#, .token("DECIMAL_NUM")),
      LexRule(#"1(?=\s+[A-Za-z_"'])"#, .token("ONLY_ONE")),
      LexRule(#"1(?=\s+[0-9])"#, .token("ONLY_ONE")),
      LexRule(#"1(?=--|\.\.|\.-|-\.)"#, .token("ONLY_ONE")),
      LexRule("1", .token("ENTITY_ONE")),
      LexRule("[0-9]+", .token("NUM")),
      LexRule(#"\|\|"#, .token("ONLY_ONE")),
      LexRule(#"o\|"#, .token("ZERO_OR_ONE")),
      LexRule(#"o\{"#, .token("ZERO_OR_MORE")),
      LexRule(#"\|\{"#, .token("ONE_OR_MORE")),
      LexRule(#"u(?=[.\-|])"#, .token("MD_PARENT")),
      LexRule(#"\.\."#, .token("NON_IDENTIFYING")),
      LexRule("--", .token("IDENTIFYING")),
      LexRule("to", .token("IDENTIFYING")),
      LexRule("optionally to", .token("NON_IDENTIFYING")),
      LexRule(#"\.-"#, .token("NON_IDENTIFYING")),
      LexRule(#"-\."#, .token("NON_IDENTIFYING")),
    ]
  }

  private static var closingRules: [LexRule] {
    [
      LexRule(["style"], "(?:" + unicodeWord + #"|-|\*)+"#, .token("STYLE_TEXT")),
      LexRule(["style"], ";", .token("SEMI")),
      LexRule("(?:" + unicodeWord + #"|-|\*|\.)+"#, .token("UNICODE_TEXT")),
      LexRule(".", .character),
    ]
  }

  static let cardinalities: [String: ERCardinality] = [
    "ZERO_OR_ONE": .zeroOrOne, "ZERO_OR_MORE": .zeroOrMore, "ONE_OR_MORE": .oneOrMore,
    "ONLY_ONE": .exactlyOne, "MD_PARENT": .parent,
  ]
  static let entityNameKinds: Set<String> = [
    "ENTITY_NAME", "UNICODE_TEXT", "NUM", "DECIMAL_NUM", "ENTITY_ONE",
  ]
}
