extension LexRule {
  /// Mermaid's `accTitle: ...`, `accDescr: ...` and `accDescr { ... }` rules, alike in every grammar.
  static let accessibility = accessibility(caseInsensitive: true)

  /// The same rules for a grammar without `%options case-insensitive` (`accTitle` only as written).
  static func accessibility(caseInsensitive: Bool) -> [LexRule] {
    [
      LexRule(#"accTitle\s*:\s*"#, .enter("acc_title", token: "acc_title"), caseInsensitive: caseInsensitive),
      LexRule(["acc_title"], #"[^\n]*"#, .leave(token: "acc_title_value"), caseInsensitive: caseInsensitive),
      LexRule(#"accDescr\s*:\s*"#, .enter("acc_descr", token: "acc_descr"), caseInsensitive: caseInsensitive),
      LexRule(["acc_descr"], #"[^\n]*"#, .leave(token: "acc_descr_value"), caseInsensitive: caseInsensitive),
      LexRule(
        #"accDescr\s*\{\s*"#, .enter("acc_descr_multiline", token: nil), caseInsensitive: caseInsensitive),
      LexRule(["acc_descr_multiline"], #"\}"#, .leave(token: nil), caseInsensitive: caseInsensitive),
      LexRule(
        ["acc_descr_multiline"], #"[^\}]*"#, .token("acc_descr_multiline_value"),
        caseInsensitive: caseInsensitive),
    ]
  }
}
