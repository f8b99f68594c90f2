extension LexRule {
  /// Mermaid's `accTitle: ...`, `accDescr: ...` and `accDescr { ... }` rules, alike in every grammar.
  static let accessibility: [LexRule] = [
    LexRule(#"accTitle\s*:\s*"#, .enter("acc_title", token: "acc_title")),
    LexRule(["acc_title"], #"[^\n]*"#, .leave(token: "acc_title_value")),
    LexRule(#"accDescr\s*:\s*"#, .enter("acc_descr", token: "acc_descr")),
    LexRule(["acc_descr"], #"[^\n]*"#, .leave(token: "acc_descr_value")),
    LexRule(#"accDescr\s*\{\s*"#, .enter("acc_descr_multiline", token: nil)),
    LexRule(["acc_descr_multiline"], #"\}"#, .leave(token: nil)),
    LexRule(["acc_descr_multiline"], #"[^\}]*"#, .token("acc_descr_multiline_value")),
  ]
}
