extension ClassParser {
  /// Mermaid 11's class lexer rules in their order (classDiagram.jison), case-sensitive as it is. Most
  /// rules apply in every state (`<*>`): inside `class X ...` and a namespace the same tokens are read
  /// as at the top level, while a class body's lines are whole `MEMBER`s.
  static let lexer = RuleLexer(
    rules: openingRules + callbackRules + structureRules + keywordRules + relationRules + closingRules)

  private static let every = [LexRule.everyState]

  private static func rule(_ states: [String], _ pattern: String, _ action: LexRule.Action) -> LexRule {
    LexRule(states, pattern, action, caseInsensitive: false)
  }

  private static func rule(_ pattern: String, _ action: LexRule.Action) -> LexRule {
    LexRule(pattern, action, caseInsensitive: false)
  }

  private static func leave(_ count: Int, token: String?) -> LexRule.Action {
    .custom { effect in
      for _ in 0..<count { effect.pop() }
      effect.kind = token
    }
  }

  private static var openingRules: [LexRule] {
    var rules = LexRule.directions(caseInsensitive: false)
    rules += [
      rule(#"%%[^\n]*(?:\r?\n)*"#, .skip)
    ]
    rules += LexRule.accessibility(caseInsensitive: false)
    rules += [
      rule(#"\s*(?:\r?\n)+"#, .token("NEWLINE")),
      rule(#"\s+"#, .skip),
      rule("classDiagram-v2", .token("CLASS_DIAGRAM")),
      rule("classDiagram", .token("CLASS_DIAGRAM")),
      rule(#"\[\*\]"#, .token("EDGE_STATE")),
    ]
    return rules
  }

  /// `click X call name(args)`: the name, then the arguments, each read up to its bracket.
  private static var callbackRules: [LexRule] {
    [
      rule(#"call\s+"#, .enter("callback_name", token: nil)),
      rule(["callback_name"], #"\(\s*\)"#, .leave(token: nil)),
      rule(
        ["callback_name"], #"\("#,
        .custom { effect in
          effect.pop()
          effect.push("callback_args")
        }),
      rule(["callback_name"], #"[^(]*"#, .token("CALLBACK_NAME")),
      rule(["callback_args"], #"\)"#, .leave(token: nil)),
      rule(["callback_args"], #"[^)]*"#, .token("CALLBACK_ARGS")),
      rule(["string"], "\"", .leave(token: nil)),
      rule(["string"], #"[^"]*"#, .token("STR")),
      rule(every, "\"", .enter("string", token: nil)),
      rule("style", .token("STYLE")),
      rule("classDef", .token("CLASSDEF")),
    ]
  }

  /// Namespaces and classes with their bodies. A `}` ending a namespace's line while in the namespace
  /// state leaves it and is read again by the enclosing body (jison's `less(0)`).
  private static var structureRules: [LexRule] {
    [
      rule(["INITIAL", "namespace", "namespace-body"], "namespace", .enter("namespace", token: "NAMESPACE")),
      rule(["namespace"], #"\s*(?:\r?\n)+"#, .leave(token: "NEWLINE")),
      rule(["namespace"], #"\s+"#, .skip),
      rule(["namespace"], #"\{"#, .enter("namespace-body", token: "STRUCT_START")),
      rule(
        ["namespace"], #"\}"#,
        .custom { effect in
          effect.pop()
          effect.consumed = 0
        }),
      rule(["namespace-body"], #"\}"#, .leave(token: "STRUCT_STOP")),
      rule(["namespace-body"], #"\s*(?:\r?\n)+"#, .token("NEWLINE")),
      rule(["namespace-body"], #"\s+"#, .skip),
      rule(["namespace-body"], #"\[\*\]"#, .token("EDGE_STATE")),
      rule(["INITIAL", "namespace-body"], "class", .enter("class", token: "CLASS")),
      rule(["class"], #"\s*(?:\r?\n)+"#, .leave(token: "NEWLINE")),
      rule(["class"], #"\s+"#, .skip),
      rule(["class"], #"\}"#, leave(2, token: "STRUCT_STOP")),
      rule(["class"], #"\{"#, .enter("class-body", token: "STRUCT_START")),
      rule(["class-body"], #"\}"#, .leave(token: "STRUCT_STOP")),
      rule(["class-body"], #"\[\*\]"#, .token("EDGE_STATE")),
      rule(["class-body"], #"\{"#, .token("OPEN_IN_STRUCT")),
      rule(["class-body"], #"\n"#, .skip),
      rule(["class-body"], #"[^{}\n]*"#, .token("MEMBER")),
    ]
  }

  private static var keywordRules: [LexRule] {
    var rules = [
      rule(every, "cssClass", .token("CSSCLASS")),
      rule(every, "callback", .token("CALLBACK")),
      rule(every, "link", .token("LINK")),
      rule(every, "click", .token("CLICK")),
      rule(every, "note for", .token("NOTE_FOR")),
      rule(every, "note", .token("NOTE")),
      rule(every, "<<", .token("ANNOTATION_START")),
      rule(every, ">>", .token("ANNOTATION_END")),
      rule(every, "href", .token("HREF")),
      rule(["generic"], "~", .leave(token: nil)),
      rule(["generic"], "[^~]*", .token("GENERICTYPE")),
      rule(every, "~", .enter("generic", token: nil)),
      rule(["bqstring"], "`", .leave(token: nil)),
      rule(["bqstring"], "[^`]+", .token("BQUOTE_STR")),
      rule(every, "`", .enter("bqstring", token: nil)),
    ]
    rules += ["_self", "_blank", "_parent", "_top"].map { rule(every, $0, .token("LINK_TARGET")) }
    return rules
  }

  private static var relationRules: [LexRule] {
    [
      rule(every, #"\s*<\|"#, .token("EXTENSION")),
      rule(every, #"\s*\|>"#, .token("EXTENSION")),
      rule(every, #"\s*>"#, .token("DEPENDENCY")),
      rule(every, #"\s*<"#, .token("DEPENDENCY")),
      rule(every, #"\s*\*"#, .token("COMPOSITION")),
      rule(every, #"\s*o"#, .token("AGGREGATION")),
      rule(every, #"\s*\(\)"#, .token("LOLLIPOP")),
      rule(every, "--", .token("LINE")),
      rule(every, #"\.\."#, .token("DOTTED_LINE")),
      rule(every, #":[^:\n;]+"#, .token("LABEL")),
      rule(every, ":{3}", .token("STYLE_SEPARATOR")),
      rule(every, "-", .token("MINUS")),
      rule(every, #"\."#, .token("DOT")),
      rule(every, #"\+"#, .token("PLUS")),
    ]
  }

  private static var closingRules: [LexRule] {
    [
      rule(":", .token("COLON")),
      rule(",", .token("COMMA")),
      rule("#", .token("BRKT")),
      rule(every, "%", .token("PCT")),
      rule(every, "=", .token("EQUALS")),
      rule(every, #"\w+"#, .token("ALPHA")),
      rule(every, #"\["#, .token("SQS")),
      rule(every, #"\]"#, .token("SQE")),
      rule(every, ##"[!"#$%&'*+,\-.`?\\/]"##, .token("PUNCTUATION")),
      rule(every, "[0-9]+", .token("NUM")),
      // Mermaid lists the letters of the Basic Multilingual Plane beyond ASCII, one per token.
      rule(every, #"(?=[\u{AA}-\u{FFDC}])\p{L}"#, .token("UNICODE_TEXT")),
      rule(every, #"\s"#, .token("SPACE")),
    ]
  }
}
